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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A recurring meeting: who takes part, when it happens ({@link Schedule}), whether it still does ({@link SeriesStatus}),
 * and its agenda template (rows of their own, {@link TemplateSection}). Its history is kept by Envers: the participants
 * and the agenda as one line each ({@link #describe}), so that any change to the series moves its version.
 */
@Entity
@Table(name = "meeting_series")
@Audited
class MeetingSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency = Frequency.WEEKLY;

    /** ISO day of week, 1 = Monday. */
    @Column(nullable = false)
    private int weekday;

    /** For a monthly series: 1 to 4, or -1 for the last; {@code null} otherwise. */
    @Column(name = "week_of_month")
    private Integer weekOfMonth;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "length_minutes", nullable = false)
    private int lengthMinutes;

    @Column(name = "interval_weeks", nullable = false)
    private int intervalWeeks = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeriesStatus status = SeriesStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "person_id", nullable = false)
    @NotAudited
    private Set<Long> participantIds = new LinkedHashSet<>();

    /** The participants by name, as history reads them. */
    @Column(name = "participant_names", nullable = false)
    private String participantNames = "";

    /** The agenda template in one line, as history reads it. */
    @Column(name = "agenda_outline", nullable = false)
    private String agendaOutline = "";

    @Version
    private long version;

    protected MeetingSeries() {
    }

    MeetingSeries(String name, MeetingKind kind, Schedule schedule, Set<Long> participantIds, String participantNames,
                  String agendaOutline) {
        describe(name, kind, schedule, participantIds, participantNames);
        this.agendaOutline = agendaOutline;
    }

    /** Its name, kind, schedule and participants (by id, and by name for history). */
    void describe(String name, MeetingKind kind, Schedule schedule, Set<Long> participantIds, String participantNames) {
        this.name = name;
        this.kind = kind;
        reschedule(schedule);
        if (!this.participantIds.equals(participantIds)) {
            this.participantIds.clear();
            this.participantIds.addAll(participantIds);
        }
        this.participantNames = participantNames;
    }

    /** The agenda template as one line (its sections are rows of their own); a change moves the series' version. */
    void outlineAgenda(String outline) {
        this.agendaOutline = outline;
    }

    void changeStatus(SeriesStatus status) {
        this.status = status;
    }

    private void reschedule(Schedule schedule) {
        this.frequency = schedule.frequency();
        this.weekday = schedule.weekday().getValue();
        this.weekOfMonth = schedule.weekOfMonth() == null ? null : schedule.weekOfMonth().number();
        this.startTime = schedule.time();
        this.timeZone = schedule.zone().getId();
        this.lengthMinutes = schedule.lengthMinutes();
        this.intervalWeeks = schedule.frequency().roughWeeks();
    }

    Schedule schedule() {
        return new Schedule(frequency, getWeekday(), weekOfMonth == null ? null : WeekOfMonth.of(weekOfMonth), startTime, zone(),
                lengthMinutes);
    }

    /** The first occurrence of the series at or after {@code notBefore}. */
    Instant firstOccurrenceFrom(Instant notBefore) {
        return schedule().firstOnOrAfter(notBefore);
    }

    /** The occurrence after one that was scheduled (same local time, whatever daylight saving does). */
    Instant occurrenceAfter(Instant scheduledAt) {
        return schedule().after(scheduledAt);
    }

    /** The occurrence before one that was scheduled: where a meeting with no earlier one looks back to. */
    Instant occurrenceBefore(Instant scheduledAt) {
        return schedule().before(scheduledAt);
    }

    /** Whether the series meets once a month (on one weekday of it) rather than every week or two. */
    boolean monthly() {
        return frequency == Frequency.MONTHLY;
    }

    boolean hasParticipant(long personId) {
        return participantIds.contains(personId);
    }

    /** Whether it prepares new meetings: neither paused nor ended. */
    boolean active() {
        return status == SeriesStatus.ACTIVE;
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

    Frequency getFrequency() {
        return frequency;
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

    SeriesStatus getStatus() {
        return status;
    }

    Set<Long> getParticipantIds() {
        return Set.copyOf(participantIds);
    }

    String getParticipantNames() {
        return participantNames;
    }

    String getAgendaOutline() {
        return agendaOutline;
    }

    long getVersion() {
        return version;
    }
}
