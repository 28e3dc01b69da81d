package dev.cadence.mail;

import java.time.Instant;
import java.time.LocalDate;

/** An e-mail a sender took from the outbox, as it was when taken. */
record Claimed(long id, MailKind kind, Long meetingId, LocalDate digestDay, long personId, int attempts, Instant createdAt) {

    static Claimed of(OutboxMail mail) {
        return new Claimed(mail.getId(), mail.getKind(), mail.getMeetingId(), mail.getDigestDay(), mail.getPersonId(),
                mail.getAttempts(), mail.getCreatedAt());
    }
}
