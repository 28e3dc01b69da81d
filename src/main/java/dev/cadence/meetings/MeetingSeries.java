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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
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

    /**
     * For a series that meets monthly, which of the month's {@link #weekday}s: 1 to 4 (the first to the fourth) or -1
     * (the last); {@code null} for one that meets every {@link #intervalWeeks} weeks.
     */
    @Column(name = "week_of_month")
    private Integer weekOfMonth;

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

    /** A series that meets monthly on the {@code weekOfMonth}th {@code weekday} of each month (-1: the last one). */
    MeetingSeries(String name, MeetingKind kind, int weekOfMonth, DayOfWeek weekday, LocalTime startTime, ZoneId zone,
                  int lengthMinutes, Set<Long> participantIds) {
        this(name, kind, weekday, startTime, zone, lengthMinutes, participantIds);
        if (weekOfMonth != -1 && (weekOfMonth < 1 || weekOfMonth > 4)) {
            throw new IllegalArgumentException("A monthly series meets on the first to the fourth or the last weekday of a month, not "
                    + weekOfMonth);
        }
        this.weekOfMonth = weekOfMonth;
    }

    /** The first occurrence of the series at or after {@code notBefore}. */
    Instant firstOccurrenceFrom(Instant notBefore) {
        ZonedDateTime from = notBefore.atZone(zone());
        if (monthly()) {
            ZonedDateTime candidate = dayIn(YearMonth.from(from)).atTime(startTime).atZone(zone());
            return (candidate.isBefore(from) ? dayIn(YearMonth.from(from).plusMonths(1)).atTime(startTime).atZone(zone()) : candidate)
                    .toInstant();
        }
        ZonedDateTime candidate = from.with(TemporalAdjusters.nextOrSame(getWeekday())).with(startTime);
        if (candidate.isBefore(from)) {
            candidate = candidate.plusWeeks(1);
        }
        return candidate.toInstant();
    }

    /** The occurrence after one that was scheduled (same local time, whatever daylight saving does). */
    Instant occurrenceAfter(Instant scheduledAt) {
        if (monthly()) {
            return dayIn(YearMonth.from(scheduledAt.atZone(zone())).plusMonths(1)).atTime(startTime).atZone(zone()).toInstant();
        }
        return scheduledAt.atZone(zone()).plusWeeks(intervalWeeks).with(startTime).toInstant();
    }

    /** The occurrence before one that was scheduled: where a meeting with no earlier one looks back to. */
    Instant occurrenceBefore(Instant scheduledAt) {
        if (monthly()) {
            return dayIn(YearMonth.from(scheduledAt.atZone(zone())).minusMonths(1)).atTime(startTime).atZone(zone()).toInstant();
        }
        return scheduledAt.atZone(zone()).minusWeeks(intervalWeeks).with(startTime).toInstant();
    }

    /** Whether the series meets once a month (on one weekday of it) rather than every few weeks. */
    boolean monthly() {
        return weekOfMonth != null;
    }

    /** The day of a month the series meets on. */
    private LocalDate dayIn(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, getWeekday()));
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

    Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    Set<Long> getParticipantIds() {
        return Set.copyOf(participantIds);
    }

    long getVersion() {
        return version;
    }
}
