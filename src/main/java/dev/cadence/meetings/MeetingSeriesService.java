package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonView;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting series and their agenda templates (sections and time boxes), and the meetings they schedule:
 * each new meeting gets the template's sections and is filled from data, ready to prepare.
 */
@Service
@Transactional
public class MeetingSeriesService {

    private final MeetingSeriesRepository seriesRepository;
    private final TemplateSectionRepository templates;
    private final MeetingRepository meetings;
    private final MeetingSectionRepository sections;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final AgendaFilling filling;
    private final Clock clock;

    MeetingSeriesService(MeetingSeriesRepository seriesRepository, TemplateSectionRepository templates, MeetingRepository meetings,
                         MeetingSectionRepository sections, MeetingAccess access, MeetingViews views, AgendaFilling filling,
                         Clock clock) {
        this.seriesRepository = seriesRepository;
        this.templates = templates;
        this.meetings = meetings;
        this.sections = sections;
        this.access = access;
        this.views = views;
        this.filling = filling;
        this.clock = clock;
    }

    /** Creates a weekly series with its participants and agenda template; its first meeting is not created yet. */
    public SeriesView createSeries(String name, MeetingKind kind, DayOfWeek weekday, LocalTime startTime, ZoneId zone,
                                   int lengthMinutes, Set<Long> participantIds, List<TemplateSectionSpec> agenda) {
        return create(new MeetingSeries(name, kind, weekday, startTime, zone, lengthMinutes, participantIds), agenda);
    }

    /**
     * Creates a series that meets monthly on one weekday of the month — the {@code weekOfMonth}th (1 to 4), or the last
     * (-1): the first Tuesday is {@code 1, TUESDAY} — with its participants and agenda template; its first meeting is not
     * created yet.
     */
    public SeriesView createMonthlySeries(String name, MeetingKind kind, int weekOfMonth, DayOfWeek weekday, LocalTime startTime,
                                          ZoneId zone, int lengthMinutes, Set<Long> participantIds, List<TemplateSectionSpec> agenda) {
        if (weekOfMonth != -1 && (weekOfMonth < 1 || weekOfMonth > 4)) {
            throw new RuleViolationException("weekOfMonth", "A monthly series meets on the first, second, third, fourth or last "
                    + "weekday of a month.");
        }
        return create(new MeetingSeries(name, kind, weekOfMonth, weekday, startTime, zone, lengthMinutes, participantIds), agenda);
    }

    private SeriesView create(MeetingSeries candidate, List<TemplateSectionSpec> agenda) {
        String name = candidate.getName();
        Set<Long> participantIds = candidate.getParticipantIds();
        if (seriesRepository.existsByName(name)) {
            throw new RuleViolationException("name", "There is already a series called " + name + ".");
        }
        Map<Long, PersonView> people = views.peopleById();
        for (long id : participantIds) {
            PersonView participant = people.get(id);
            if (participant == null || !participant.active()) {
                throw new RuleViolationException("participantIds", "Every participant is an active person; " + id + " is not.");
            }
            if (participant.readOnly()) {
                throw new RuleViolationException("participantIds", participant.name() + " is a board member, who reads but "
                        + "never writes in Cadence, so cannot take part in running a meeting.");
            }
        }
        for (TemplateSectionSpec s : agenda) {
            if (s.panelKey() != null && !s.panelKey().matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new RuleViolationException("agenda", "A panel key is lower-case letters, digits and hyphens, at most 40: "
                        + s.panelKey() + " is not.");
            }
        }
        MeetingSeries series = seriesRepository.saveAndFlush(candidate);
        int position = 1;
        for (TemplateSectionSpec s : agenda) {
            templates.save(new TemplateSection(series.getId(), position++, s.kind(), s.title(), s.prompt(), s.minutes(), s.panelKey()));
        }
        templates.flush();
        return MeetingViews.series(series, templates.findBySeriesIdOrderByPosition(series.getId()), Map.of(), false);
    }

    @Transactional(readOnly = true)
    public List<SeriesView> allSeries() {
        return seriesRepository.findAllWithParticipants().stream()
                .map(s -> MeetingViews.series(s, List.of(), Map.of(), false)).toList();
    }

    @Transactional(readOnly = true)
    public SeriesView series(long id, CadenceUser me) {
        MeetingSeries series = access.series(id);
        MeetingPermissions.requireSee(series, me);
        return MeetingViews.series(series, templates.findBySeriesIdOrderByPosition(id), views.peopleById(),
                MeetingPermissions.canRun(series, me));
    }

    /** The series' meetings, newest first (past ones and the one being prepared). */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetingsOf(long seriesId, CadenceUser me) {
        MeetingSeries series = access.series(seriesId);
        MeetingPermissions.requireSee(series, me);
        return meetings.findLatest(seriesId, Limit.of(200)).stream().map(m -> MeetingSummary.of(m, series)).toList();
    }

    /**
     * Changes a section's time box in the series' template; meetings still in preparation take it too
     * (past and running meetings keep the time boxes they had).
     */
    public SeriesView timeBox(long seriesId, long templateSectionId, Integer minutes, long expectedVersion, CadenceUser me) {
        MeetingSeries series = access.series(seriesId);
        MeetingPermissions.requireRun(series, me);
        // Locked before it is read: two changes of one time box happen one after the other.
        TemplateSection section = templates.lockById(templateSectionId)
                .filter(t -> t.getSeriesId().equals(seriesId))
                .orElseThrow(() -> new NotFoundException("There is no such section in " + series.getName() + "."));
        if (minutes == null || minutes < 1 || minutes > 120) {
            throw new RuleViolationException("minutes", "A time box is between 1 and 120 minutes.");
        }
        if (section.getVersion() != expectedVersion) {
            throw new StaleEditException("Someone changed the time box of " + section.getTitle() + " meanwhile: it is now "
                    + section.getMinutes() + " min. Nothing was saved; set it again if you still want to.");
        }
        section.timeBox(minutes);
        // Locked (before they are read) like any other change to a meeting, so that it never collides with one.
        for (Meeting m : meetings.lockInPreparation(seriesId)) {
            sections.findByMeetingIdOrderByPosition(m.getId()).stream()
                    .filter(s -> s.getPosition() == section.getPosition())
                    .forEach(s -> s.timeBox(minutes));
            m.changed();
        }
        templates.flush();
        return series(seriesId, me);
    }

    /**
     * Makes sure the series has its next meeting, prepared, so that its participants can add talking
     * points before it happens. Returns it.
     */
    public MeetingSummary ensureNextMeeting(long seriesId, CadenceUser preparer) {
        MeetingSeries series = access.series(seriesId);
        List<Meeting> open = meetings.findOpen(List.of(seriesId));
        if (!open.isEmpty()) {
            return MeetingSummary.of(open.get(0), series);
        }
        Meeting latest = meetings.findLatest(seriesId, Limit.of(1)).stream().findFirst().orElse(null);
        return MeetingSummary.of(createMeeting(series, nextSlot(series, latest), preparer), series);
    }

    /** A meeting at a given time (a series' first meeting at a chosen date), prepared like any other. */
    public MeetingSummary createMeetingAt(long seriesId, Instant scheduledAt, CadenceUser preparer) {
        MeetingSeries series = access.series(seriesId);
        return MeetingSummary.of(createMeeting(series, scheduledAt, preparer), series);
    }

    /**
     * The meeting after this one in the series, created (and prepared) when there is none yet; locked, as the
     * caller changes it (always after this one: meetings are locked in the order they happen).
     */
    Meeting nextMeeting(Meeting meeting, MeetingSeries series, CadenceUser me) {
        return meetings.lockAfter(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream().findFirst()
                .orElseGet(() -> createMeeting(series, series.occurrenceAfter(meeting.getScheduledAt()), me));
    }

    private Meeting createMeeting(MeetingSeries series, Instant at, CadenceUser preparer) {
        Meeting meeting = meetings.saveAndFlush(new Meeting(series.getId(), at));
        for (TemplateSection t : templates.findBySeriesIdOrderByPosition(series.getId())) {
            sections.save(new MeetingSection(meeting.getId(), t));
        }
        sections.flush();
        filling.fill(meeting, series, preparer);
        return meeting;
    }

    private Instant nextSlot(MeetingSeries series, Meeting latest) {
        Instant now = clock.instant();
        if (latest == null) {
            return series.firstOccurrenceFrom(now.minus(Duration.ofHours(12)));
        }
        Instant candidate = series.occurrenceAfter(latest.getScheduledAt());
        return candidate.isBefore(now.minus(Duration.ofDays(1))) ? series.firstOccurrenceFrom(now) : candidate;
    }
}
