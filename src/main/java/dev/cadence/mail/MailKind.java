package dev.cadence.mail;

/** What an e-mail in the outbox is. */
enum MailKind {
    /** One participant's copy of a closed meeting's recap. */
    RECAP,
    /** One person's digest of their action items for one day. */
    DIGEST
}
