package dev.cadence.mail;

import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.mail.internet.AddressException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails due from the outbox, on any number of nodes at once. Each e-mail is claimed in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, then leased for {@link #LEASE}), written and sent outside any
 * transaction (no database connection waits on a mail server), and its outcome recorded in another:
 * sent; tried again after 1, 2, 4 … minutes (at most {@link MailSettings#longestWait()}) when the server is
 * down or answers with a temporary error; given up when the address is refused or the server stayed away longer
 * than {@link MailSettings#giveUpAfter()}.
 */
@Component
class OutboxSender {

    /** Longer than writing and sending one e-mail can take (the SMTP time-outs are seconds). */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** At most this many e-mails per run, so that one run never holds the scheduler for long. */
    static final int PER_RUN = 50;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final MailServer server;
    private final MailComposer composer;
    private final PersonService people;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxSender(OutboxRepository outbox, MailServer server, MailComposer composer, PersonService people, MailSettings settings,
                 TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.server = server;
        this.composer = composer;
        this.people = people;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many e-mails it handled (sent, to be retried, given up or skipped). */
    int sendDue() {
        Optional<JavaMailSender> smtp = server.sender();
        if (smtp.isEmpty()) {
            return 0;
        }
        int handled = 0;
        Optional<Claimed> next;
        while (handled < PER_RUN && (next = claim()).isPresent()) {
            send(next.get(), smtp.get());
            handled++;
        }
        return handled;
    }

    private Optional<Claimed> claim() {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            return outbox.claimNextDue(now).map(mail -> {
                mail.lease(now.plus(LEASE));
                return Claimed.of(mail);
            });
        });
    }

    private void send(Claimed mail, JavaMailSender smtp) {
        PersonView to = people.get(mail.personId());
        Outcome outcome = attempt(mail, to, smtp);
        transaction.executeWithoutResult(status -> outbox.findById(mail.id()).ifPresent(outcome::apply));
    }

    /** Writes and sends the e-mail; what to record of it. */
    private Outcome attempt(Claimed mail, PersonView to, JavaMailSender smtp) {
        try {
            MailComposer.Composed composed = composer.compose(mail, to, smtp);
            if (composed.notSent() != null) {
                return row -> row.skipped(composed.notSent());
            }
            smtp.send(composed.message());
            Instant sentAt = clock.instant();
            log.info("Sent {} e-mail {} to {}", mail.kind(), mail.id(), to.email());
            return row -> row.sent(to.email(), sentAt);
        } catch (Exception failure) {
            String why = describe(failure);
            Instant now = clock.instant();
            if (!(failure instanceof MailException || failure instanceof MessagingException)) {
                log.error("Could not write e-mail {}", mail.id(), failure);
            }
            if (permanent(failure)) {
                log.warn("E-mail {} to {} refused, not tried again: {}", mail.id(), to.email(), why);
                return row -> row.gaveUp(to.email(), why);
            }
            if (!now.isBefore(mail.createdAt().plus(settings.giveUpAfter()))) {
                log.warn("E-mail {} to {} still not delivered after {}, given up: {}", mail.id(), to.email(), settings.giveUpAfter(), why);
                int attempts = mail.attempts() + 1;
                return row -> row.gaveUp(to.email(), "Given up after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ") + why);
            }
            Duration wait = settings.waitAfter(mail.attempts() + 1);
            log.warn("E-mail {} to {} not sent (attempt {}), next try in {}: {}", mail.id(), to.email(), mail.attempts() + 1, wait, why);
            return row -> row.failed(to.email(), why, now, wait);
        }
    }

    /** An address the server refused, or one that is no address: trying again would fail again. */
    static boolean permanent(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MailParseException || t instanceof AddressException) {
                return true;
            }
            if (t instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
            if (t instanceof MailSendException send && send.getFailedMessages().values().stream().anyMatch(OutboxSender::permanent)) {
                return true;
            }
        }
        return false;
    }

    /** The mail server's answer (or the failure), in one line. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure ? message : root.getClass().getSimpleName() + ": " + message;
    }

    @FunctionalInterface
    private interface Outcome {
        void apply(OutboxMail row);
    }
}
