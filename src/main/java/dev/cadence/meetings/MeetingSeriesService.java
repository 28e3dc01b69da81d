package dev.cadence.meetings;

import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.FieldChange;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonView;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.UserText;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting series: setting one up, editing its participants, schedule and agenda template, pausing, resuming and ending
 * it, and the meetings it schedules: each new meeting gets the template's sections and is filled from data, ready to
 * prepare.
 *
 * <p>A template edit changes the meetings created from then on. Meetings already held keep the sections they had; so
 * does the meeting being prepared once someone wrote in it (its talking points stay where they were put). A meeting
 * being prepared that nobody wrote in yet takes the new agenda at once, and a meeting not started moves to the new
 * schedule's day. Every edit locks the series' row first and checks the version the editor read: a stale edit is
 * refused with what the other person changed (from the series' Envers history).
 */
@Service
@Transactional
public class MeetingSeriesService {

    /** The most sections a template holds. */
    static final int MOST_SECTIONS = 15;
    static final int NAME = 120;
    static final int SECTION_TITLE = 120;
    static final int PROMPT = 500;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private static final List<AuditedField<MeetingSeries>> FIELDS = List.of(
            AuditedField.of("Name", MeetingSeries::getName),
            AuditedField.of("Kind", s -> s.getKind().label()),
            AuditedField.of("Schedule", s -> s.schedule().label()),
            AuditedField.of("Participants", MeetingSeries::getParticipantNames),
            AuditedField.of("Status", s -> s.getStatus().label()),
            AuditedField.of("Agenda", MeetingSeries::getAgendaOutline));

    private final MeetingSeriesRepository seriesRepository;
    private final TemplateSectionRepository templates;
    private final MeetingRepository meetings;
    private final MeetingSectionRepository sections;
    private final AgendaItemRepository items;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final AgendaFilling filling;
    private final MeetingPanels panels;
    private final History history;
    private final Clock clock;

    MeetingSeriesService(MeetingSeriesRepository seriesRepository, TemplateSectionRepository templates, MeetingRepository meetings,
                         MeetingSectionRepository sections, AgendaItemRepository items, MeetingAccess access, MeetingViews views,
                         AgendaFilling filling, MeetingPanels panels, History history, Clock clock) {
        this.seriesRepository = seriesRepository;
        this.templates = templates;
        this.meetings = meetings;
        this.sections = sections;
        this.items = items;
        this.access = access;
        this.views = views;
        this.filling = filling;
        this.panels = panels;
        this.history = history;
        this.clock = clock;
    }

    // ---- setting up ----

    /** Creates a weekly series with its participants and agenda template; its first meeting is not created yet. */
    public SeriesView createSeries(String name, MeetingKind kind, DayOfWeek weekday, LocalTime startTime, ZoneId zone,
                                   int lengthMinutes, Set<Long> participantIds, List<TemplateSectionSpec> agenda) {
        return createSeries(new SeriesSpec(name, kind, participantIds, Schedule.weekly(weekday, startTime, zone, lengthMinutes),
                agenda));
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
        return createSeries(new SeriesSpec(name, kind, participantIds, new Schedule(Frequency.MONTHLY, weekday,
                WeekOfMonth.of(weekOfMonth), startTime, zone, lengthMinutes), agenda));
    }

    /**
     * Creates a series as the demo and other features set one up (any well-formed panel key is taken, provided or not);
     * its first meeting is not created yet.
     */
    public SeriesView createSeries(SeriesSpec spec) {
        MeetingSeries series = save(checked(spec, null, null));
        return MeetingViews.series(series, templates.findBySeriesIdOrderByPosition(series.getId()), Map.of(), false);
    }

    /** A series just set up, and its first meeting; {@code canSee}: whether the one who set it up may open it. */
    public record Created(long id, MeetingSummary first, boolean canSee) {
    }

    /**
     * Sets up a series from the form (the CEO, the CRO or an administrator) and prepares its first meeting: the first
     * occurrence on or after {@code firstOnOrAfter} (today when not given).
     */
    public Created create(SeriesSpec spec, LocalDate firstOnOrAfter, CadenceUser me) {
        MeetingPermissions.requireCreateSeries(me);
        SeriesSpec clean = checked(spec, null, panels.titles().keySet());
        LocalDate today = LocalDate.now(clock.withZone(clean.schedule().zone()));
        if (firstOnOrAfter != null && firstOnOrAfter.isBefore(today)) {
            throw new RuleViolationException("firstMeeting", "The first meeting cannot be in the past.");
        }
        MeetingSeries series = save(clean);
        Instant notBefore = clock.instant();
        if (firstOnOrAfter != null && firstOnOrAfter.atStartOfDay(clean.schedule().zone()).toInstant().isAfter(notBefore)) {
            notBefore = firstOnOrAfter.atStartOfDay(clean.schedule().zone()).toInstant();
        }
        Meeting first = createMeeting(series, clean.schedule().firstOnOrAfter(notBefore), me);
        return new Created(series.getId(), MeetingSummary.of(first, series), MeetingPermissions.canSee(series, me));
    }

    // ---- editing ----

    /** What an edit did to the meeting being prepared, for the page to say. */
    public record Edited(MeetingSummary prepared, boolean agendaApplied, boolean agendaKept, boolean moved) {
    }

    /**
     * Saves the series' name, kind, participants, schedule and agenda template, against the version the editor read.
     * Meetings held keep their sections; the meeting being prepared takes the new agenda when nobody wrote in it, and
     * moves to the new schedule's day (see the class comment).
     */
    public Edited update(long seriesId, SeriesSpec spec, long expectedVersion, CadenceUser me) {
        MeetingSeries series = lockedForEdit(seriesId, expectedVersion, me);
        if (series.getStatus() == SeriesStatus.ENDED) {
            throw new RuleViolationException("This series has ended; it is kept as it was. Set up a new one instead.");
        }
        List<TemplateSection> current = templates.findBySeriesIdOrderByPosition(seriesId);
        Set<String> allowedPanels = new HashSet<>(panels.titles().keySet());
        current.stream().map(TemplateSection::getPanelKey).filter(Objects::nonNull).forEach(allowedPanels::add);
        SeriesSpec clean = checked(spec, seriesId, allowedPanels);
        Schedule before = series.schedule();
        boolean agendaChanged = !current.stream().map(TemplateSection::spec).toList().equals(clean.agenda());
        series.describe(clean.name(), clean.kind(), clean.schedule(), clean.participantIds(), participantNames(clean.participantIds()));
        if (agendaChanged) {
            series.outlineAgenda(AgendaOutline.of(clean.agenda()));
        }
        // Written once (the version moves once per save), before the template's rows are replaced.
        seriesRepository.flush();
        if (agendaChanged) {
            templates.deleteBySeries(seriesId);
            writeTemplate(seriesId, clean.agenda());
        }

        Meeting prepared = meetings.lockInPreparation(seriesId).stream().findFirst().orElse(null);
        if (prepared == null) {
            return new Edited(null, false, false, false);
        }
        boolean moved = false;
        if (!before.equals(clean.schedule())) {
            Instant at = clean.schedule().firstOnOrAfter(earliestFor(prepared, series));
            moved = !at.equals(prepared.getScheduledAt());
            prepared.reschedule(at);
        }
        boolean applied = false;
        boolean kept = false;
        if (agendaChanged) {
            if (items.countWritten(prepared.getId()) == 0) {
                items.deleteFilledFromData(prepared.getId());
                sections.deleteByMeeting(prepared.getId());
                sections.flush();
                copyTemplate(prepared, series);
                filling.fill(prepared, series, me);
                applied = true;
            } else {
                kept = true;
            }
        }
        if (moved || applied) {
            prepared.changed();
        }
        meetings.flush();
        return new Edited(MeetingSummary.of(prepared, series), applied, kept, moved);
    }

    /**
     * Pauses a series (no new meeting is prepared until it resumes), resumes it (its next meeting is prepared), or ends
     * it for good. Meetings already prepared stay, to be held or not.
     */
    public SeriesView changeStatus(long seriesId, SeriesStatus status, long expectedVersion, CadenceUser me) {
        MeetingSeries series = lockedForEdit(seriesId, expectedVersion, me);
        if (status == null) {
            throw new RuleViolationException("status", "Choose whether the series pauses, resumes or ends.");
        }
        if (series.getStatus() == SeriesStatus.ENDED) {
            throw new RuleViolationException("This series has ended; an ended series does not start again. Set up a new one instead.");
        }
        if (series.getStatus() == status) {
            return series(seriesId, me);
        }
        series.changeStatus(status);
        seriesRepository.flush();
        if (status == SeriesStatus.ACTIVE) {
            ensureNextMeeting(seriesId, me);
        }
        return series(seriesId, me);
    }

    /** The series' history, newest first: who changed its name, kind, schedule, participants, status or agenda, and when. */
    @Transactional(readOnly = true)
    public List<ChangeSet> history(long seriesId, CadenceUser me) {
        MeetingPermissions.requireSee(access.series(seriesId), me);
        List<ChangeSet> sets = new ArrayList<>(history.of(MeetingSeries.class, seriesId, FIELDS));
        Collections.reverse(sets);
        return sets;
    }

    // ---- reading ----

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
                MeetingPermissions.canEdit(series, me));
    }

    /** The series as its edit form starts from: its participants only (403 for anyone else). */
    @Transactional(readOnly = true)
    public SeriesView seriesToEdit(long id, CadenceUser me) {
        MeetingSeries series = access.series(id);
        MeetingPermissions.requireEdit(series, me);
        return MeetingViews.series(series, templates.findBySeriesIdOrderByPosition(id), views.peopleById(), true);
    }

    /** Whether this person may set up a new series (the CEO, the CRO, administrators). */
    public boolean maySetUpSeries(CadenceUser me) {
        return MeetingPermissions.canCreateSeries(me);
    }

    /** Refuses (403) anyone but the CEO, the CRO and administrators. */
    public void requireMaySetUp(CadenceUser me) {
        MeetingPermissions.requireCreateSeries(me);
    }

    /** Who may take part in a series: active people who are not board members only, by name. */
    @Transactional(readOnly = true)
    public List<PersonView> possibleParticipants() {
        return views.peopleById().values().stream().filter(PersonView::mayOwnWork)
                .sorted(Comparator.comparing(PersonView::name)).toList();
    }

    /** The time zone a new series' form proposes: the one most series meet in, else the application's. */
    @Transactional(readOnly = true)
    public ZoneId usualTimeZone() {
        return seriesRepository.timeZonesByUse(Limit.of(1)).stream().findFirst().map(ZoneId::of).orElse(clock.getZone());
    }

    /** The series' meetings, newest first (past ones and the one being prepared). */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetingsOf(long seriesId, CadenceUser me) {
        MeetingSeries series = access.series(seriesId);
        MeetingPermissions.requireSee(series, me);
        return meetings.findLatest(seriesId, Limit.of(200)).stream().map(m -> MeetingSummary.of(m, series)).toList();
    }

    // ---- meetings ----

    /**
     * Makes sure the series has its next meeting, prepared, so that its participants can add talking
     * points before it happens. Returns it. A paused or ended series prepares none: refused.
     */
    public MeetingSummary ensureNextMeeting(long seriesId, CadenceUser preparer) {
        MeetingSeries series = access.series(seriesId);
        List<Meeting> open = meetings.findOpen(List.of(seriesId));
        if (!open.isEmpty()) {
            return MeetingSummary.of(open.get(0), series);
        }
        requireActive(series);
        Meeting latest = meetings.findLatest(seriesId, Limit.of(1)).stream().findFirst().orElse(null);
        return MeetingSummary.of(createMeeting(series, nextSlot(series, latest), preparer), series);
    }

    /** A meeting at a given time (a series' first meeting at a chosen date), prepared like any other. */
    public MeetingSummary createMeetingAt(long seriesId, Instant scheduledAt, CadenceUser preparer) {
        MeetingSeries series = access.series(seriesId);
        requireActive(series);
        return MeetingSummary.of(createMeeting(series, scheduledAt, preparer), series);
    }

    /**
     * The meeting after this one in the series, created (and prepared) when there is none yet and the series is active;
     * locked, as the caller changes it (always after this one: meetings are locked in the order they happen). {@code
     * null} when there is none and the series is paused or ended.
     */
    Meeting nextMeeting(Meeting meeting, MeetingSeries series, CadenceUser me) {
        return meetings.lockAfter(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream().findFirst()
                .orElseGet(() -> series.active() ? createMeeting(series, series.occurrenceAfter(meeting.getScheduledAt()), me) : null);
    }

    private Meeting createMeeting(MeetingSeries series, Instant at, CadenceUser preparer) {
        Meeting meeting = meetings.saveAndFlush(new Meeting(series.getId(), at));
        copyTemplate(meeting, series);
        filling.fill(meeting, series, preparer);
        return meeting;
    }

    private void copyTemplate(Meeting meeting, MeetingSeries series) {
        for (TemplateSection t : templates.findBySeriesIdOrderByPosition(series.getId())) {
            sections.save(new MeetingSection(meeting.getId(), t));
        }
        sections.flush();
    }

    private Instant nextSlot(MeetingSeries series, Meeting latest) {
        Instant now = clock.instant();
        if (latest == null) {
            return series.firstOccurrenceFrom(now.minus(Duration.ofHours(12)));
        }
        Instant candidate = series.occurrenceAfter(latest.getScheduledAt());
        return candidate.isBefore(now.minus(Duration.ofDays(1))) ? series.firstOccurrenceFrom(now) : candidate;
    }

    /** A meeting being moved to a new schedule goes no earlier than twelve hours ago, and after the series' last one. */
    private Instant earliestFor(Meeting prepared, MeetingSeries series) {
        Instant earliest = clock.instant().minus(Duration.ofHours(12));
        Instant afterPrevious = meetings.findBefore(series.getId(), prepared.getScheduledAt(), Limit.of(1)).stream().findFirst()
                .map(m -> m.getScheduledAt().plusSeconds(60)).orElse(earliest);
        return afterPrevious.isAfter(earliest) ? afterPrevious : earliest;
    }

    private static void requireActive(MeetingSeries series) {
        if (!series.active()) {
            throw new RuleViolationException(series.getName() + " is " + series.getStatus().label().toLowerCase(Locale.ENGLISH)
                    + (series.getStatus() == SeriesStatus.PAUSED ? ": no meeting is prepared until it resumes." : ": it prepares no more meetings."));
        }
    }

    // ---- the rules ----

    private MeetingSeries lockedForEdit(long seriesId, long expectedVersion, CadenceUser me) {
        // Locked before it is read: two edits of one series happen one after the other, and the second sees the first.
        MeetingSeries series = seriesRepository.lockById(seriesId)
                .orElseThrow(() -> new NotFoundException("There is no meeting series " + seriesId + "."));
        MeetingPermissions.requireEdit(series, me);
        if (series.getVersion() != expectedVersion) {
            throw staleEdit(series, expectedVersion);
        }
        return series;
    }

    private StaleEditException staleEdit(MeetingSeries series, long expectedVersion) {
        List<ChangeSet> sets = history.of(MeetingSeries.class, series.getId(), FIELDS);
        int missed = (int) Math.max(1, Math.min(sets.size(), series.getVersion() - expectedVersion));
        StringBuilder message = new StringBuilder("Someone changed " + series.getName()
                + " while you were editing, so your changes were not saved. ");
        for (ChangeSet set : sets.subList(Math.max(0, sets.size() - missed), sets.size())) {
            message.append(set.author()).append(" at ").append(TIME.format(set.at().atZone(series.zone()))).append(" changed ")
                    .append(set.changes().stream().map(MeetingSeriesService::said).collect(Collectors.joining("; "))).append(". ");
        }
        message.append("Your edit is still in the form: review it against theirs and save again.");
        return new StaleEditException(message.toString());
    }

    /** "the schedule from “…” to “…”", "the agenda: added “Pricing (10 min)”". */
    private static String said(FieldChange c) {
        String field = c.field().toLowerCase(Locale.ENGLISH);
        if (c.field().equals("Agenda")) {
            String what = AgendaOutline.changes(c.from(), c.to());
            return "the agenda" + (what == null ? "" : ": " + what);
        }
        return "the " + field + " from “" + (c.from() == null ? "—" : c.from()) + "” to “" + (c.to() == null ? "—" : c.to()) + "”";
    }

    /**
     * The spec as it is stored: texts trimmed, every rule checked, each refusal on its field. {@code allowedPanels}
     * null takes any well-formed key (the demo's and other features' own series).
     */
    private SeriesSpec checked(SeriesSpec spec, Long seriesId, Set<String> allowedPanels) {
        String name = UserText.required(spec.name(), NAME, "name", "Give the series a name, e.g. CMO–CRO weekly 1:1.");
        if (seriesId == null ? seriesRepository.existsByName(name) : seriesRepository.existsByNameAndIdNot(name, seriesId)) {
            throw new RuleViolationException("name", "There is already a series called " + name + ".");
        }
        if (spec.kind() == null) {
            throw new RuleViolationException("kind", "Choose what kind of meeting it is.");
        }
        List<TemplateSectionSpec> agenda = checkedAgenda(spec.agenda(), allowedPanels);
        Set<Long> participantIds = spec.participantIds() == null ? Set.of() : new LinkedHashSet<>(spec.participantIds());
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
        if (participantIds.size() < 2) {
            throw new RuleViolationException("participantIds", "A meeting is between at least two people: choose its participants.");
        }
        if (spec.kind() == MeetingKind.ONE_ON_ONE && participantIds.size() != 2) {
            throw new RuleViolationException("participantIds", "A 1:1 is between two people; for " + participantIds.size()
                    + ", choose another kind of meeting.");
        }
        Schedule schedule = spec.schedule();
        if (schedule == null) {
            throw new RuleViolationException("frequency", "Say when the series meets.");
        }
        int planned = agenda.stream().mapToInt(TemplateSectionSpec::minutes).sum();
        if (planned > schedule.lengthMinutes()) {
            throw new RuleViolationException("lengthMinutes", "The sections' time boxes add up to " + planned + " minutes, more than "
                    + "the meeting's " + schedule.lengthMinutes() + ": shorten a section or make the meeting longer.");
        }
        return new SeriesSpec(name, spec.kind(), participantIds, schedule, agenda);
    }

    private static List<TemplateSectionSpec> checkedAgenda(List<TemplateSectionSpec> agenda, Set<String> allowedPanels) {
        if (agenda == null || agenda.isEmpty()) {
            throw new RuleViolationException("sections", "An agenda has at least one section.");
        }
        if (agenda.size() > MOST_SECTIONS) {
            throw new RuleViolationException("sections", "An agenda has at most " + MOST_SECTIONS + " sections; this one has "
                    + agenda.size() + ". Merge some.");
        }
        List<TemplateSectionSpec> clean = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            TemplateSectionSpec s = agenda.get(i);
            String at = "sections[" + i + "].";
            if (s == null || s.kind() == null) {
                throw new RuleViolationException(at + "content", "Choose what section " + (i + 1) + " holds.");
            }
            String title = UserText.required(s.title(), SECTION_TITLE, at + "title", "Give section " + (i + 1) + " a title.");
            String prompt = UserText.optional(s.prompt(), PROMPT, at + "prompt");
            if (s.minutes() < 1 || s.minutes() > 120) {
                throw new RuleViolationException(at + "minutes", "A time box is between 1 and 120 minutes.");
            }
            if (s.panelKey() != null && !s.panelKey().matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new RuleViolationException(at + "content", "A panel key is lower-case letters, digits and hyphens, at most 40: "
                        + s.panelKey() + " is not.");
            }
            if (s.panelKey() != null && allowedPanels != null && !allowedPanels.contains(s.panelKey())) {
                throw new RuleViolationException(at + "content", "There is no data panel " + s.panelKey() + " in this version of Cadence.");
            }
            clean.add(new TemplateSectionSpec(s.kind(), title, prompt, s.minutes(), s.panelKey()));
        }
        for (SectionKind once : List.of(SectionKind.CHANGES, SectionKind.PRIORITIES)) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < clean.size(); i++) {
                if (clean.get(i).kind() == once) {
                    at.add(i);
                }
            }
            if (at.size() > 1) {
                throw new RuleViolationException("sections[" + at.get(1) + "].content", "Only one section holds "
                        + once.label().toLowerCase(Locale.ENGLISH) + (once == SectionKind.PRIORITIES
                        ? ": the top three are one shared list." : ": it is filled from data once per meeting."));
            }
        }
        return clean;
    }

    private MeetingSeries save(SeriesSpec spec) {
        MeetingSeries series = seriesRepository.saveAndFlush(new MeetingSeries(spec.name(), spec.kind(), spec.schedule(),
                spec.participantIds(), participantNames(spec.participantIds()), AgendaOutline.of(spec.agenda())));
        writeTemplate(series.getId(), spec.agenda());
        return series;
    }

    private void writeTemplate(long seriesId, List<TemplateSectionSpec> agenda) {
        int position = 1;
        for (TemplateSectionSpec s : agenda) {
            templates.save(new TemplateSection(seriesId, position++, s.kind(), s.title(), s.prompt(), s.minutes(), s.panelKey()));
        }
        templates.flush();
    }

    private String participantNames(Set<Long> participantIds) {
        Map<Long, PersonView> people = views.peopleById();
        return participantIds.stream().map(people::get).filter(Objects::nonNull).map(PersonView::name)
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
    }
}
