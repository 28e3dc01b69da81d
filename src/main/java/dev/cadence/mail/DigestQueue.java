package dev.cadence.mail;

import dev.cadence.company.CompanyService;
import dev.cadence.meetings.ActionItemService;
import dev.cadence.people.EmailPreferenceService;
import dev.cadence.people.EmailPreferences;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the day's digests: one e-mail per person and day, for everyone who wants it and owns an open action item
 * overdue or due today or tomorrow. Every node may queue them, as often as it likes: the outbox's unique index on
 * person and day keeps one, whichever node or restart got there first.
 */
@Component
class DigestQueue {

    private final OutboxRepository outbox;
    private final ActionItemService actionItems;
    private final PersonService people;
    private final EmailPreferenceService preferences;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final CompanyService company;
    private final Clock clock;

    /** The day this node last queued, so that it asks once a day (a restart asks again, harmlessly). */
    private volatile LocalDate queuedFor;

    DigestQueue(OutboxRepository outbox, ActionItemService actionItems, PersonService people, EmailPreferenceService preferences,
                MailSettings settings, TransactionTemplate transaction, CompanyService company, Clock clock) {
        this.outbox = outbox;
        this.actionItems = actionItems;
        this.people = people;
        this.preferences = preferences;
        this.settings = settings;
        this.transaction = transaction;
        this.company = company;
        this.clock = clock;
    }

    /**
     * From {@code digestAt} on, queues today's digests, once per node and day: the hour and the day are the company's
     * ({@link CompanyService#zone}), so "overdue" and "due tomorrow" mean what they mean where the company works,
     * whatever the server's zone.
     */
    void queueIfDue() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), company.zone());
        LocalDate today = now.toLocalDate();
        if (now.toLocalTime().isBefore(settings.digestAt()) || today.equals(queuedFor)) {
            return;
        }
        queue(today);
        queuedFor = today;
    }

    /** Queues the digests of {@code day} not queued yet; returns how many this call queued. */
    int queue(LocalDate day) {
        Set<Long> owners = actionItems.ownersOfOpenItemsDueBy(day.plusDays(1));
        if (owners.isEmpty()) {
            return 0;
        }
        Map<Long, EmailPreferences> chosen = preferences.of(owners);
        Instant now = clock.instant();
        Integer queued = transaction.execute(status -> {
            int count = 0;
            for (PersonView person : people.everyone()) {
                if (owners.contains(person.id()) && person.mayOwnWork() && chosen.get(person.id()).digest()) {
                    count += outbox.queueDigestIfAbsent(person.id(), person.name(), day, now);
                }
            }
            return count;
        });
        return queued == null ? 0 : queued;
    }
}
