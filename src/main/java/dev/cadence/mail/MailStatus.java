package dev.cadence.mail;

/** Where an e-mail in the outbox stands. */
enum MailStatus {
    /** Waiting for its first attempt. */
    QUEUED,
    /** An attempt failed; tried again at {@code next_attempt_at}. */
    RETRYING,
    SENT,
    /** Given up: the address was refused, or the server stayed unreachable too long. */
    FAILED,
    /** Not to be sent (recaps turned off, no longer a participant, nothing due any more). */
    SKIPPED
}
