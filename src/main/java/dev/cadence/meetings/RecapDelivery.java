package dev.cadence.meetings;

/**
 * Where each participant's copy of a meeting's recap went by e-mail. Implemented by the feature that sends
 * recaps (a bean); meetings shows it on the recap page and when a meeting closes, and says that no e-mail
 * was sent when there is no such bean.
 */
public interface RecapDelivery {

    /** Whether recaps go out by e-mail when a meeting closes (a mail server is configured). */
    boolean sending();

    /** The meeting's recap e-mails, one per participant queued when it closed. */
    RecapMailing mailingOf(long meetingId);
}
