package dev.cadence.people;

/**
 * Which e-mails Cadence sends a person; {@code version} 0 until they first choose (both on).
 *
 * @param recaps the recap of each meeting they take part in, when it closes
 * @param digest a morning digest of their action items due tomorrow and overdue
 */
public record EmailPreferences(long personId, boolean recaps, boolean digest, long version) {

    static EmailPreferences defaults(long personId) {
        return new EmailPreferences(personId, true, true, 0);
    }

    static EmailPreferences of(EmailPreference p) {
        return new EmailPreferences(p.getPersonId(), p.isRecaps(), p.isDigest(), p.getVersion());
    }

    /** "recap e-mails on, daily digest off": how a refusal names what is stored. */
    String describe() {
        return "recap e-mails " + (recaps ? "on" : "off") + ", daily digest " + (digest ? "on" : "off");
    }
}
