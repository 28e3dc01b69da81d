package dev.cadence.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.Set;

/** A recurring meeting: who takes part, when it happens, and its agenda template. */
@Entity
@Table(name = "meeting_series")
class MeetingSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;

    /** ISO day of week, 1 = Monday. */
    @Column(nullable = false)
    private int weekday;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "length_minutes", nullable = false)
    private int lengthMinutes;

    @Column(name = "interval_weeks", nullable = false)
    private int intervalWeeks = 1;

    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> participantIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected MeetingSeries() {
    }

    MeetingSeries(String name, MeetingKind kind, DayOfWeek weekday, LocalTime startTime, ZoneId zone, int lengthMinutes,
                  Set<Long> participantIds) {
        this.name = name;
        this.kind = kind;
        this.weekday = weekday.getValue();
        this.startTime = startTime;
        this.timeZone = zone.getId();
        this.lengthMinutes = lengthMinutes;
        this.participantIds.addAll(participantIds);
    }

    /** The first occurrence of the series at or after {@code notBefore}. */
    Instant firstOccurrenceFrom(Instant notBefore) {
        ZonedDateTime from = notBefore.atZone(zone());
        ZonedDateTime candidate = from.with(TemporalAdjusters.nextOrSame(getWeekday())).with(startTime);
        if (candidate.isBefore(from)) {
            candidate = candidate.plusWeeks(1);
        }
        return candidate.toInstant();
    }

    /** The occurrence after one that was scheduled (same local time, whatever daylight saving does). */
    Instant occurrenceAfter(Instant scheduledAt) {
        return scheduledAt.atZone(zone()).plusWeeks(intervalWeeks).with(startTime).toInstant();
    }

    boolean hasParticipant(long personId) {
        return participantIds.contains(personId);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    MeetingKind getKind() {
        return kind;
    }

    DayOfWeek getWeekday() {
        return DayOfWeek.of(weekday);
    }

    LocalTime getStartTime() {
        return startTime;
    }

    int getLengthMinutes() {
        return lengthMinutes;
    }

    int getIntervalWeeks() {
        return intervalWeeks;
    }

    Set<Long> getParticipantIds() {
        return Set.copyOf(participantIds);
    }

    long getVersion() {
        return version;
    }
}
