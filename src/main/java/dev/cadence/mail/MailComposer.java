package dev.cadence.mail;

import dev.cadence.meetings.ActionItemService;
import dev.cadence.meetings.ActionItemView;
import dev.cadence.meetings.RecapCopies;
import dev.cadence.meetings.RecapCopy;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.EmailPreferenceService;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Writes one e-mail of the outbox, for its recipient as they are now: the HTML (Thymeleaf, {@code templates/mail/})
 * with a plain-text alternative, and for a recap the PDF. A recap is read with the recipient's own rights
 * ({@link RecapCopies}), so no one's copy holds anything they could not see in Cadence, and a private point
 * appears only in its author's copy.
 */
@Component
class MailComposer {

    /** What to send, or why nothing is to be sent. */
    record Composed(MimeMessage message, String notSent) {

        static Composed skip(String why) {
            return new Composed(null, why);
        }
    }

    private final RecapCopies recaps;
    private final ActionItemService actionItems;
    private final PersonService people;
    private final EmailPreferenceService preferences;
    private final SpringTemplateEngine templates;
    private final MailSettings settings;

    MailComposer(RecapCopies recaps, ActionItemService actionItems, PersonService people, EmailPreferenceService preferences,
                 SpringTemplateEngine templates, MailSettings settings) {
        this.recaps = recaps;
        this.actionItems = actionItems;
        this.people = people;
        this.preferences = preferences;
        this.templates = templates;
        this.settings = settings;
    }

    Composed compose(Claimed mail, PersonView to, JavaMailSender smtp) throws MessagingException {
        if (!to.active()) {
            return Composed.skip("Deactivated");
        }
        return mail.kind() == MailKind.RECAP ? recap(mail, to, smtp) : digest(mail, to, smtp);
    }

    private Composed recap(Claimed mail, PersonView to, JavaMailSender smtp) throws MessagingException {
        if (!preferences.of(to.id()).recaps()) {
            return Composed.skip("Turned recap e-mails off");
        }
        Optional<CadenceUser> recipient = people.activePrincipal(to.id());
        if (recipient.isEmpty()) {
            return Composed.skip("Deactivated");
        }
        RecapCopy copy;
        try {
            Optional<RecapCopy> closed = recaps.copyFor(mail.meetingId(), recipient.get());
            if (closed.isEmpty()) {
                return Composed.skip("The meeting is open again");
            }
            copy = closed.get();
        } catch (AccessDeniedException notAParticipant) {
            return Composed.skip("No longer takes part in the series");
        }
        Context context = context(to);
        context.setVariable("copy", copy);
        context.setVariable("recap", copy.recap());
        context.setVariable("recapUrl", settings.link("/meetings/" + mail.meetingId() + "/recap"));
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = message(message, to, "Recap: " + copy.recap().meeting().label(), mail);
        helper.setText(templates.process("mail/text/recap", context), templates.process("mail/recap", context));
        helper.addAttachment(copy.pdfFileName(), new ByteArrayResource(copy.pdf()), "application/pdf");
        return new Composed(message, null);
    }

    private Composed digest(Claimed mail, PersonView to, JavaMailSender smtp) throws MessagingException {
        if (!preferences.of(to.id()).digest()) {
            return Composed.skip("Turned the daily digest off");
        }
        LocalDate day = mail.digestDay();
        List<ActionItemView> overdue = new ArrayList<>();
        List<ActionItemView> today = new ArrayList<>();
        List<ActionItemView> tomorrow = new ArrayList<>();
        for (ActionItemView item : actionItems.openActionItemsOwnedBy(to.id())) {
            if (item.dueOn().isBefore(day)) {
                overdue.add(item);
            } else if (item.dueOn().equals(day)) {
                today.add(item);
            } else if (item.dueOn().equals(day.plusDays(1))) {
                tomorrow.add(item);
            }
        }
        if (overdue.isEmpty() && today.isEmpty() && tomorrow.isEmpty()) {
            return Composed.skip("Nothing due any more");
        }
        Context context = context(to);
        context.setVariable("day", day);
        context.setVariable("overdue", overdue);
        context.setVariable("today", today);
        context.setVariable("tomorrow", tomorrow);
        context.setVariable("homeUrl", settings.link("/"));
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = message(message, to, digestSubject(overdue.size(), today.size(), tomorrow.size()), mail);
        helper.setText(templates.process("mail/text/digest", context), templates.process("mail/digest", context));
        return new Composed(message, null);
    }

    /** "Your action items: 2 overdue, 1 due tomorrow". */
    static String digestSubject(int overdue, int today, int tomorrow) {
        List<String> parts = new ArrayList<>();
        if (overdue > 0) {
            parts.add(overdue + " overdue");
        }
        if (today > 0) {
            parts.add(today + " due today");
        }
        if (tomorrow > 0) {
            parts.add(tomorrow + " due tomorrow");
        }
        return "Your action items: " + String.join(", ", parts);
    }

    private Context context(PersonView to) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("to", to);
        context.setVariable("accountUrl", settings.link("/account"));
        return context;
    }

    private MimeMessageHelper message(MimeMessage message, PersonView to, String subject, Claimed mail) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        try {
            helper.setTo(new InternetAddress(to.email(), to.name(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        helper.setSubject(subject);
        // Mail a program sends: no vacation replies to it (RFC 3834); the id ties a message to its outbox row.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Cadence-Mail", String.valueOf(mail.id()));
        return helper;
    }
}
