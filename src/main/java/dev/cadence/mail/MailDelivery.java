package dev.cadence.mail;

import dev.cadence.meetings.RecapDelivery;
import dev.cadence.meetings.RecapMailing;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The recap page's "Recap by e-mail": each participant's copy from the outbox, and where it stands; one query. */
@Component
class MailDelivery implements RecapDelivery {

    private final OutboxRepository outbox;
    private final MailServer server;

    MailDelivery(OutboxRepository outbox, MailServer server) {
        this.outbox = outbox;
        this.server = server;
    }

    @Override
    public boolean sending() {
        return server.configured();
    }

    @Override
    @Transactional(readOnly = true)
    public RecapMailing mailingOf(long meetingId) {
        List<RecapMailing.Copy> copies = outbox.findByMeetingIdAndKindOrderByRecipientName(meetingId, MailKind.RECAP).stream()
                .map(MailDelivery::copy).toList();
        return new RecapMailing(server.configured(), copies);
    }

    /** The outbox's statuses are the recap page's states, by name; "when" is the sending, or the next attempt. */
    private static RecapMailing.Copy copy(OutboxMail mail) {
        var at = switch (mail.getStatus()) {
            case SENT -> mail.getSentAt();
            case RETRYING -> mail.getNextAttemptAt();
            default -> null;
        };
        return new RecapMailing.Copy(mail.getRecipientName(), mail.getRecipientAddress(),
                RecapMailing.State.valueOf(mail.getStatus().name()), mail.getAttempts(), at, mail.getNote());
    }
}
