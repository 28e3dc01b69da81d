package dev.cadence.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One e-mail to one person, written in the transaction that made it due and sent later by whichever node claims
 * it first. Sending changes it through {@link #sent}, {@link #failed}, {@link #gaveUp} and {@link #skipped}.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    static final int NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "digest_day", updatable = false)
    private LocalDate digestDay;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "recipient_name", nullable = false)
    private String recipientName;

    @Column(name = "recipient_address")
    private String recipientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    private OutboxMail(MailKind kind, Long meetingId, LocalDate digestDay, long personId, String recipientName, MailStatus status,
                       String note, Instant at) {
        this.kind = kind;
        this.meetingId = meetingId;
        this.digestDay = digestDay;
        this.personId = personId;
        this.recipientName = recipientName;
        this.status = status;
        this.note = note;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    /** A participant's copy of a recap, due at once. */
    static OutboxMail recap(long meetingId, long personId, String name, Instant at) {
        return new OutboxMail(MailKind.RECAP, meetingId, null, personId, name, MailStatus.QUEUED, null, at);
    }

    /** A participant who gets no copy, and why (kept, so the recap page can say so). */
    static OutboxMail recapNotSent(long meetingId, long personId, String name, String why, Instant at) {
        return new OutboxMail(MailKind.RECAP, meetingId, null, personId, name, MailStatus.SKIPPED, why, at);
    }

    /**
     * Taken by a sender until {@code until}: no other node claims it meanwhile. A sender that dies while sending leaves it
     * due again then, so an e-mail is never lost (and, only in that case, may be sent twice).
     */
    void lease(Instant until) {
        nextAttemptAt = until;
    }

    void sent(String address, Instant at) {
        recipientAddress = address;
        status = MailStatus.SENT;
        attempts++;
        sentAt = at;
        note = null;
    }

    /** The attempt failed: tried again after {@code wait}. */
    void failed(String address, String why, Instant at, Duration wait) {
        recipientAddress = address;
        status = MailStatus.RETRYING;
        attempts++;
        note = clip(why);
        nextAttemptAt = at.plus(wait);
    }

    /** Not delivered, and not tried again. */
    void gaveUp(String address, String why) {
        recipientAddress = address;
        status = MailStatus.FAILED;
        attempts++;
        note = clip(why);
    }

    void skipped(String why) {
        status = MailStatus.SKIPPED;
        note = clip(why);
    }

    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= NOTE ? oneLine : oneLine.substring(0, NOTE - 1) + "…";
    }

    Long getId() {
        return id;
    }

    MailKind getKind() {
        return kind;
    }

    Long getMeetingId() {
        return meetingId;
    }

    LocalDate getDigestDay() {
        return digestDay;
    }

    Long getPersonId() {
        return personId;
    }

    String getRecipientName() {
        return recipientName;
    }

    String getRecipientAddress() {
        return recipientAddress;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
