package dev.cadence.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * The e-mail due longest, locked until the transaction ends; one another node holds is passed over, so two
     * nodes sending at once never take the same e-mail.
     */
    @Query(value = """
            select * from mail_outbox
            where status in ('QUEUED', 'RETRYING') and next_attempt_at <= :now
            order by next_attempt_at, id
            limit 1
            for update skip locked""", nativeQuery = true)
    Optional<OutboxMail> claimNextDue(Instant now);

    /** The day's digest for the person, unless one was queued already (by this node, another, or before a restart). */
    @Modifying
    @Query(value = """
            insert into mail_outbox (kind, digest_day, person_id, recipient_name, status, attempts, next_attempt_at, created_at)
            values ('DIGEST', :day, :personId, :name, 'QUEUED', 0, :now, :now)
            on conflict (person_id, digest_day) where kind = 'DIGEST' do nothing""", nativeQuery = true)
    int queueDigestIfAbsent(long personId, String name, LocalDate day, Instant now);

    List<OutboxMail> findByMeetingIdAndKindOrderByRecipientName(long meetingId, MailKind kind);
}
