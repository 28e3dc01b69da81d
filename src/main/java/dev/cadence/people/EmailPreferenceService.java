package dev.cadence.people;

import dev.cadence.web.NotFoundException;
import dev.cadence.web.StaleEditException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's e-mail preferences: chosen on their account page, read by the feature that sends the e-mails. */
@Service
@Transactional
public class EmailPreferenceService {

    private final EmailPreferenceRepository preferences;
    private final PersonRepository people;
    private final Clock clock;

    EmailPreferenceService(EmailPreferenceRepository preferences, PersonRepository people, Clock clock) {
        this.preferences = preferences;
        this.people = people;
        this.clock = clock;
    }

    /** The person's preferences (the defaults, both on, until they choose). */
    @Transactional(readOnly = true)
    public EmailPreferences of(long personId) {
        return preferences.findById(personId).map(EmailPreferences::of).orElseGet(() -> EmailPreferences.defaults(personId));
    }

    /** The preferences of each of these people, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, EmailPreferences> of(Collection<Long> personIds) {
        Map<Long, EmailPreferences> chosen = personIds.isEmpty() ? Map.of() : preferences.findByPersonIdIn(personIds).stream()
                .map(EmailPreferences::of).collect(Collectors.toMap(EmailPreferences::personId, Function.identity()));
        return personIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> chosen.getOrDefault(id, EmailPreferences.defaults(id))));
    }

    /**
     * The person chooses which e-mails they receive. Their row is locked before the version is checked, so a
     * second tab saving at the same moment is refused with what the first one stored, never silently overwritten.
     */
    public EmailPreferences choose(long personId, boolean recaps, boolean digest, long expectedVersion) {
        if (!people.existsById(personId)) {
            throw new NotFoundException("No person with id " + personId + ".");
        }
        preferences.insertDefaultsIfAbsent(personId);
        EmailPreference preference = preferences.lockByPersonId(personId).orElseThrow();
        if (preference.getVersion() != expectedVersion) {
            throw new StaleEditException("Your e-mail preferences were changed meanwhile (in another window?): now "
                    + EmailPreferences.of(preference).describe() + ". Nothing was saved; choose again and save.");
        }
        preference.choose(recaps, digest, clock.instant());
        preferences.flush();
        return EmailPreferences.of(preference);
    }
}
