package dev.cadence.mail;

import dev.cadence.meetings.MeetingClosed;
import dev.cadence.people.EmailPreferenceService;
import dev.cadence.people.EmailPreferences;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.web.ApplicationClock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues each participant's copy of a meeting's recap when it closes, in the closing transaction (a plain
 * {@link EventListener} runs in the publisher's): the close and its e-mails are committed together or not at all,
 * and the close never waits for a mail server. A participant who turned recap e-mails off, or was deactivated,
 * gets a row that says so instead, for the recap page.
 *
 * <p>Nothing is queued without a mail server configured, nor for history loaded as of an earlier time (the demo's
 * past meetings): a recap goes out when a meeting closes now.
 */
@Component
class RecapQueue {

    private final OutboxRepository outbox;
    private final MailServer server;
    private final PersonService people;
    private final EmailPreferenceService preferences;
    private final ApplicationClock clock;

    RecapQueue(OutboxRepository outbox, MailServer server, PersonService people, EmailPreferenceService preferences,
               ApplicationClock clock) {
        this.outbox = outbox;
        this.server = server;
        this.people = people;
        this.preferences = preferences;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(MeetingClosed closed) {
        if (!server.configured() || !clock.isRealTime()) {
            return;
        }
        Map<Long, PersonView> everyone = people.everyone().stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        Map<Long, EmailPreferences> chosen = preferences.of(closed.participantIds());
        for (long id : closed.participantIds().stream().sorted().toList()) {
            PersonView person = everyone.get(id);
            if (person == null) {
                continue;
            }
            if (!person.active()) {
                outbox.save(OutboxMail.recapNotSent(closed.meetingId(), id, person.name(), "Deactivated", closed.closedAt()));
            } else if (!chosen.get(id).recaps()) {
                outbox.save(OutboxMail.recapNotSent(closed.meetingId(), id, person.name(),
                        "Turned recap e-mails off", closed.closedAt()));
            } else {
                outbox.save(OutboxMail.recap(closed.meetingId(), id, person.name(), closed.closedAt()));
            }
        }
    }
}
