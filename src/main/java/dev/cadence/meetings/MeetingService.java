package dev.cadence.meetings;

import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.UserText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting series and their meetings: preparing (talking points, the top three priorities, what
 * changed since last week), running them live, capturing decisions (into the decision log) and
 * action items, closing with the message to the org, and the recap.
 *
 * <p>Every change to a meeting locks its row first, so that concurrent changes happen one after the
 * other (the top-three rule holds whoever clicks first) and the meeting's revision moves, which open
 * pages poll to show each other's edits.
 */
@Service
@Transactional
public class MeetingService {

    /** The top priorities of a 1:1 are never more than three. */
    public static final int MAX_PRIORITIES = 3;
    static final int PAST_ON_PAGE = 30;
    private static final int TEXT = 2000;
    private static final int NOTES = 4000;
    private static final int MESSAGE = 4000;

    private final MeetingSeriesRepository seriesRepository;
    private final TemplateSectionRepository templates;
    private final MeetingRepository meetings;
    private final MeetingSectionRepository sections;
    private final AgendaItemRepository items;
    private final ActionItemRepository actions;
    private final WhatChanged whatChanged;
    private final DecisionService decisions;
    private final PersonService people;
    private final CompanyService company;
    /** Set to another time while history is loaded (see {@link #fillFromData}). */
    private final ApplicationClock clock;

    MeetingService(MeetingSeriesRepository seriesRepository, TemplateSectionRepository templates, MeetingRepository meetings,
                   MeetingSectionRepository sections, AgendaItemRepository items, ActionItemRepository actions,
                   WhatChanged whatChanged, DecisionService decisions, PersonService people, CompanyService company,
                   ApplicationClock clock) {
        this.seriesRepository = seriesRepository;
        this.templates = templates;
        this.meetings = meetings;
        this.sections = sections;
        this.items = items;
        this.actions = actions;
        this.whatChanged = whatChanged;
        this.decisions = decisions;
        this.people = people;
        this.company = company;
        this.clock = clock;
    }

    /** A section of a new series' agenda template. */
    public record TemplateSectionSpec(SectionKind kind, String title, String prompt, int minutes) {
    }

    // ---- series ----

    /** Creates a series with its participants and agenda template; its first meeting is not created yet. */
    public SeriesView createSeries(String name, MeetingKind kind, DayOfWeek weekday, LocalTime startTime, ZoneId zone,
                                   int lengthMinutes, Set<Long> participantIds, List<TemplateSectionSpec> agenda) {
        if (seriesRepository.existsByName(name)) {
            throw new RuleViolationException("name", "There is already a series called " + name + ".");
        }
        MeetingSeries series = seriesRepository.saveAndFlush(
                new MeetingSeries(name, kind, weekday, startTime, zone, lengthMinutes, participantIds));
        int position = 1;
        for (TemplateSectionSpec s : agenda) {
            templates.save(new TemplateSection(series.getId(), position++, s.kind(), s.title(), s.prompt(), s.minutes()));
        }
        templates.flush();
        return seriesView(series, templates.findBySeriesIdOrderByPosition(series.getId()), Map.of(), false);
    }

    @Transactional(readOnly = true)
    public List<SeriesView> allSeries() {
        return seriesRepository.findAllWithParticipants().stream()
                .map(s -> seriesView(s, List.of(), Map.of(), false)).toList();
    }

    @Transactional(readOnly = true)
    public SeriesView series(long id, CadenceUser me) {
        MeetingSeries series = loadSeries(id);
        MeetingPermissions.requireSee(series, me);
        return seriesView(series, templates.findBySeriesIdOrderByPosition(id), peopleById(),
                MeetingPermissions.canRun(series, me));
    }

    /** The series' meetings, newest first (past ones and the one being prepared). */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetingsOf(long seriesId, CadenceUser me) {
        MeetingSeries series = loadSeries(seriesId);
        MeetingPermissions.requireSee(series, me);
        return meetings.findLatest(seriesId, Limit.of(200)).stream().map(m -> MeetingSummary.of(m, series)).toList();
    }

    /**
     * Changes a section's time box in the series' template; meetings still in preparation take it too
     * (past and running meetings keep the time boxes they had).
     */
    public SeriesView timeBox(long seriesId, long templateSectionId, Integer minutes, long expectedVersion, CadenceUser me) {
        MeetingSeries series = loadSeries(seriesId);
        MeetingPermissions.requireRun(series, me);
        TemplateSection section = templates.findById(templateSectionId)
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
        for (Meeting open : meetings.findOpen(List.of(seriesId))) {
            if (open.getStatus() == MeetingStatus.PREP) {
                // Locked like any other change to the meeting, so that it never collides with one.
                Meeting m = meetings.lockById(open.getId()).orElseThrow();
                sections.findByMeetingIdOrderByPosition(m.getId()).stream()
                        .filter(s -> s.getPosition() == section.getPosition())
                        .forEach(s -> s.timeBox(minutes));
                m.changed();
            }
        }
        templates.flush();
        return series(seriesId, me);
    }

    // ---- lists ----

    /** The viewer's series, their upcoming meetings and their past ones (searched by text when asked). */
    @Transactional(readOnly = true)
    public MeetingsOverview overview(String query, CadenceUser me) {
        List<MeetingSeries> mine = seriesRepository.findForParticipant(me.personId());
        Map<Long, MeetingSeries> byId = mine.stream().collect(Collectors.toMap(MeetingSeries::getId, Function.identity()));
        Map<Long, PersonView> everyone = peopleById();
        List<SeriesView> seriesViews = mine.stream().map(s -> seriesView(s, List.of(), everyone, true)).toList();
        if (mine.isEmpty()) {
            return new MeetingsOverview(seriesViews, List.of(), List.of(), query, PAST_ON_PAGE);
        }
        List<MeetingSummary> upcoming = meetings.findOpen(byId.keySet()).stream()
                .map(m -> MeetingSummary.of(m, byId.get(m.getSeriesId()))).toList();
        String q = query == null ? "" : query.trim();
        List<Meeting> past = q.isEmpty()
                ? meetings.findClosed(byId.keySet(), Limit.of(PAST_ON_PAGE))
                : meetings.searchClosed(byId.keySet(), UserText.containsPattern(q), me.personId(), Limit.of(PAST_ON_PAGE));
        return new MeetingsOverview(seriesViews, upcoming,
                past.stream().map(m -> MeetingSummary.of(m, byId.get(m.getSeriesId()))).toList(), q, PAST_ON_PAGE);
    }

    /** The next meetings of the series this person takes part in (for Home); one query. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> upcomingFor(long personId) {
        return meetings.findOpenWithSeriesFor(personId).stream()
                .map(row -> MeetingSummary.of((Meeting) row[0], (MeetingSeries) row[1])).toList();
    }

    /** The open action items this person owns, soonest due first (for Home). */
    @Transactional(readOnly = true)
    public List<ActionItemView> openActionItemsOwnedBy(long personId) {
        List<ActionItem> open = actions.findByOwnerIdAndDoneFalseOrderByDueOnAscIdAsc(personId);
        Map<Long, String> labels = meetingLabels(open.stream().map(ActionItem::getMeetingId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return open.stream().map(a -> actionView(a, labels.get(a.getMeetingId()), false, today)).toList();
    }

    /** Meetings the viewer may see, optionally of one series, scheduled in [from, to) (for the API). */
    @Transactional(readOnly = true)
    public List<MeetingSummary> find(Long seriesId, Instant from, Instant to, CadenceUser me) {
        List<MeetingSeries> visible = me.hasRole(dev.cadence.people.Role.ADMIN) ? seriesRepository.findAllWithParticipants()
                : seriesRepository.findForParticipant(me.personId());
        Map<Long, MeetingSeries> byId = visible.stream()
                .filter(s -> seriesId == null || s.getId().equals(seriesId))
                .collect(Collectors.toMap(MeetingSeries::getId, Function.identity()));
        if (seriesId != null && byId.isEmpty()) {
            MeetingPermissions.requireSee(loadSeries(seriesId), me);
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        return meetings.findBetween(byId.keySet(), from == null ? Instant.EPOCH : from,
                        to == null ? Instant.parse("9999-12-31T00:00:00Z") : to, Limit.of(500)).stream()
                .map(m -> MeetingSummary.of(m, byId.get(m.getSeriesId()))).toList();
    }

    // ---- the meeting page ----

    /** The meeting page for one viewer: shared items and the viewer's own private points. */
    @Transactional(readOnly = true)
    public MeetingPage page(long meetingId, CadenceUser me) {
        return page(meetingId, me, false);
    }

    /** The meeting with shared items only, whoever asks (the API: private points never leave their author's page). */
    @Transactional(readOnly = true)
    public MeetingPage sharedPage(long meetingId, CadenceUser me) {
        return page(meetingId, me, true);
    }

    private MeetingPage page(long meetingId, CadenceUser me, boolean sharedOnly) {
        Meeting meeting = loadMeeting(meetingId);
        MeetingSeries series = loadSeries(meeting.getSeriesId());
        MeetingPermissions.requireSee(series, me);
        Map<Long, PersonView> everyone = peopleById();
        List<AgendaItem> visible = sharedOnly ? items.findShared(meetingId) : items.findVisible(meetingId, me.personId());
        List<SectionView> sectionViews = sectionViews(meeting, visible, me.personId());
        Instant endsAt = null;
        if (meeting.getStatus() == MeetingStatus.LIVE && meeting.getCurrentSectionId() != null) {
            int minutes = sectionViews.stream().filter(s -> s.id() == meeting.getCurrentSectionId())
                    .mapToInt(SectionView::minutes).findFirst().orElse(0);
            endsAt = meeting.getSectionStartedAt().plus(Duration.ofMinutes(minutes));
        }
        MeetingSummary previous = meetings.findBefore(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream()
                .findFirst().map(m -> MeetingSummary.of(m, series)).orElse(null);
        MeetingSummary next = meetings.findAfter(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream()
                .findFirst().map(m -> MeetingSummary.of(m, series)).orElse(null);
        boolean canRun = MeetingPermissions.canRun(series, me) && meeting.getStatus() != MeetingStatus.CLOSED;
        List<PersonView> owners = everyone.values().stream().filter(PersonView::active)
                .filter(p -> !p.roles().equals(Set.of(dev.cadence.people.Role.BOARD)))
                .sorted(Comparator.comparing((PersonView p) -> !series.hasParticipant(p.id())).thenComparing(PersonView::name))
                .toList();
        return new MeetingPage(MeetingSummary.of(meeting, series), participants(series, everyone), sectionViews,
                actionViews(meeting, series), decisions.fromMeeting(meetingId), meeting.getMessage(), meeting.isNoMessage(),
                meeting.getMessageByName(), meeting.getClosedByName(), meeting.getPreparedAt(), meeting.getStartedAt(),
                meeting.getEndedAt(), meeting.getCurrentSectionId(), endsAt, meeting.getMessageVersion(), meeting.getRevision(),
                canRun, previous, next, canRun ? owners : List.of(), canRun ? decisions.areas() : List.of());
    }

    /** The meeting's revision, for pages polling for each other's changes: one cheap query after the permission check. */
    @Transactional(readOnly = true)
    public long revision(long meetingId, CadenceUser me) {
        Meeting meeting = loadMeeting(meetingId);
        MeetingPermissions.requireSee(loadSeries(meeting.getSeriesId()), me);
        return meeting.getRevision();
    }

    /** Whether the viewer may change the meeting now: a participant, and the meeting not closed. */
    @Transactional(readOnly = true)
    public boolean canRun(long meetingId, CadenceUser me) {
        Meeting meeting = loadMeeting(meetingId);
        MeetingSeries series = loadSeries(meeting.getSeriesId());
        MeetingPermissions.requireSee(series, me);
        return MeetingPermissions.canRun(series, me) && meeting.getStatus() != MeetingStatus.CLOSED;
    }

    /** One item as the viewer may see it (a private point of someone else is "not found"). */
    @Transactional(readOnly = true)
    public ItemView item(long meetingId, long itemId, CadenceUser me) {
        Meeting meeting = loadMeeting(meetingId);
        MeetingPermissions.requireSee(loadSeries(meeting.getSeriesId()), me);
        return ItemView.of(visibleItem(meetingId, itemId, me), me.personId());
    }

    // ---- preparing ----

    /** Adds a talking point (or, in the priorities section, a priority) to a section. */
    public ItemView addItem(long meetingId, long sectionId, String text, boolean privateItem, CadenceUser me) {
        Change change = change(meetingId, me);
        MeetingSection section = section(meetingId, sectionId);
        String clean = UserText.required(text, TEXT, "text", "Write the talking point first.");
        ItemKind kind = ItemKind.TALKING_POINT;
        if (section.getKind() == SectionKind.PRIORITIES) {
            kind = ItemKind.PRIORITY;
            privateItem = false;
            long count = items.countByMeetingIdAndKind(meetingId, ItemKind.PRIORITY);
            if (count >= MAX_PRIORITIES) {
                throw new RuleViolationException("text", "There are already three priorities for this week — never more than three. "
                        + "Drop or merge one before adding \"" + abbreviate(clean, 60) + "\".");
            }
        }
        AgendaItem item = items.saveAndFlush(AgendaItem.point(meetingId, sectionId, kind, clean, me.personId(),
                me.displayName(), privateItem, items.maxPosition(sectionId) + 1, clock.instant()));
        change.done();
        return ItemView.of(item, me.personId());
    }

    /** Edits an item's text and notes; an entry filled from data keeps its text. */
    public ItemView editItem(long meetingId, long itemId, String text, String notes, long expectedVersion, CadenceUser me) {
        Change change = change(meetingId, me);
        AgendaItem item = visibleItem(meetingId, itemId, me);
        requireItemVersion(item, expectedVersion);
        String newText = item.getKind() == ItemKind.DATA ? item.getText()
                : UserText.required(text, TEXT, "text", "A talking point cannot be empty; delete it instead.");
        item.edit(newText, UserText.optional(notes, NOTES, "notes"), me.displayName(), clock.instant());
        items.flush();
        change.done();
        return ItemView.of(item, me.personId());
    }

    public ItemView markDiscussed(long meetingId, long itemId, boolean discussed, CadenceUser me) {
        Change change = change(meetingId, me);
        AgendaItem item = visibleItem(meetingId, itemId, me);
        item.markDiscussed(discussed, me.displayName(), clock.instant());
        items.flush();
        change.done();
        return ItemView.of(item, me.personId());
    }

    /** Deletes a point its author no longer wants, or a priority (to make room for another). */
    public void deleteItem(long meetingId, long itemId, long expectedVersion, CadenceUser me) {
        Change change = change(meetingId, me);
        AgendaItem item = visibleItem(meetingId, itemId, me);
        requireItemVersion(item, expectedVersion);
        if (item.getKind() == ItemKind.DATA) {
            throw new RuleViolationException("Entries filled from data stay; mark them discussed, or refresh the data.");
        }
        if (item.getKind() == ItemKind.TALKING_POINT && !Objects.equals(item.getAuthorId(), me.personId())) {
            throw new RuleViolationException("Only " + item.getAuthorName() + " can delete their talking point; mark it discussed instead.");
        }
        items.delete(item);
        items.flush();
        change.done();
    }

    /** Moves an undiscussed talking point to the next meeting of the series (created if need be). */
    public MeetingSummary moveToNextMeeting(long meetingId, long itemId, CadenceUser me) {
        Change change = change(meetingId, me);
        AgendaItem item = visibleItem(meetingId, itemId, me);
        if (item.getKind() != ItemKind.TALKING_POINT || item.isDiscussed() || item.getMovedToMeetingId() != null) {
            throw new RuleViolationException("Only a talking point that was not discussed moves to the next meeting.");
        }
        Meeting next = nextMeeting(change.meeting(), change.series(), me);
        moveOn(List.of(item), next, me);
        change.done();
        return MeetingSummary.of(next, change.series());
    }

    /** Fills "what changed since last week" again from the data as it is now (meetings in preparation). */
    public void refreshFromData(long meetingId, CadenceUser me) {
        Change change = change(meetingId, me);
        if (change.meeting().getStatus() != MeetingStatus.PREP) {
            throw new RuleViolationException("What changed is filled while the meeting is prepared; it is running now.");
        }
        fillFromData(change.meeting(), change.series(), me);
        change.done();
    }

    // ---- running ----

    public void start(long meetingId, CadenceUser me) {
        Change change = change(meetingId, me);
        if (change.meeting().getStatus() != MeetingStatus.PREP) {
            throw new RuleViolationException("The meeting is already running.");
        }
        Long first = sections.findByMeetingIdOrderByPosition(meetingId).stream().findFirst().map(MeetingSection::getId).orElse(null);
        change.meeting().start(first, clock.instant());
        change.done();
    }

    /** Moves the running meeting to a section; its time box starts counting down. */
    public void moveToSection(long meetingId, long sectionId, CadenceUser me) {
        Change change = change(meetingId, me);
        if (change.meeting().getStatus() != MeetingStatus.LIVE) {
            throw new RuleViolationException("Start the meeting first.");
        }
        change.meeting().moveTo(section(meetingId, sectionId).getId(), clock.instant());
        change.done();
    }

    /** The message to the org, or explicitly none this week. */
    public void writeMessage(long meetingId, String message, boolean noMessage, long expectedVersion, CadenceUser me) {
        Change change = change(meetingId, me);
        Meeting meeting = change.meeting();
        if (meeting.getMessageVersion() != expectedVersion) {
            throw new StaleEditException((meeting.getMessageByName() == null ? "Someone" : meeting.getMessageByName())
                    + " changed the message meanwhile. Theirs: “" + Objects.toString(meeting.getMessage(), "") + "”"
                    + (meeting.isNoMessage() ? " (no message this week)" : "") + ". Your text is kept below; save again to replace it.");
        }
        String clean = UserText.optional(message, MESSAGE, "message");
        meeting.writeMessage(clean, noMessage && clean == null, me.displayName());
        change.done();
    }

    /**
     * Closes the meeting: it needs the agreed message to the org or an explicit "no message this week".
     * Undiscussed talking points move to the next meeting when asked; the next meeting is prepared.
     */
    public MeetingSummary close(long meetingId, boolean moveUndiscussed, CadenceUser me) {
        Change change = change(meetingId, me);
        Meeting meeting = change.meeting();
        if (!meeting.hasMessageOrNone()) {
            throw new RuleViolationException("message", "Agree the message to the org before closing — what both of you will say "
                    + "this week — or tick “No message this week”.");
        }
        Meeting next = nextMeeting(meeting, change.series(), me);
        if (moveUndiscussed) {
            moveOn(items.findUndiscussedPoints(meetingId), next, me);
        }
        meeting.close(me.displayName(), clock.instant());
        change.done();
        return MeetingSummary.of(next, change.series());
    }

    // ---- action items and decisions ----

    public ActionItemView addActionItem(long meetingId, String text, Long ownerId, LocalDate dueOn, CadenceUser me) {
        Change change = change(meetingId, me);
        String clean = UserText.required(text, 500, "actionText", "Say what is to be done.");
        PersonView owner = ownerId == null ? null : peopleById().get(ownerId);
        if (owner == null || !owner.active()) {
            throw new RuleViolationException("ownerId", "Choose who owns it: one active person.");
        }
        if (dueOn == null) {
            throw new RuleViolationException("dueOn", "Give it a due date.");
        }
        if (dueOn.isBefore(LocalDate.now(clock).minusDays(1))) {
            throw new RuleViolationException("dueOn", "The due date is in the past.");
        }
        ActionItem item = actions.saveAndFlush(new ActionItem(change.series().getId(), meetingId, clean, owner.id(), owner.name(),
                dueOn, me.displayName(), clock.instant()));
        change.done();
        return actionView(item, MeetingSummary.of(change.meeting(), change.series()).label(), false, LocalDate.now(clock));
    }

    /** Ticks an action item done (or open again), in the meeting where it is ticked. */
    public ActionItemView markActionItemDone(long meetingId, long actionItemId, boolean done, CadenceUser me) {
        Change change = change(meetingId, me);
        ActionItem item = actions.findById(actionItemId)
                .filter(a -> a.getSeriesId().equals(change.series().getId()))
                .orElseThrow(() -> new NotFoundException("There is no such action item in this series."));
        item.markDone(done, meetingId, clock.instant());
        actions.flush();
        change.done();
        return actionView(item, null, !item.getMeetingId().equals(meetingId), LocalDate.now(clock));
    }

    /**
     * Records a decision taken in the meeting into the decision log, linked back to the meeting. The
     * decider is checked against the decision-rights map there.
     *
     * @throws dev.cadence.decisions.DeciderNotEntitledException the decider lacks Decide and no reason was given
     */
    public DecisionSummary recordDecision(long meetingId, String title, String decision, String rationale, Long deciderId,
                                          Long areaId, String message, String overrideReason, CadenceUser me) {
        Change change = change(meetingId, me);
        if (deciderId == null) {
            throw new RuleViolationException("deciderId", "Choose who decides.");
        }
        DecisionSummary recorded = decisions.record(new DecisionDraft(title, null, null, null, decision, rationale, deciderId,
                areaId, LocalDate.now(clock), meetingId, MeetingSummary.of(change.meeting(), change.series()).label(), message,
                overrideReason), me);
        change.done();
        return recorded;
    }

    // ---- the recap ----

    @Transactional(readOnly = true)
    public RecapView recap(long meetingId, CadenceUser me) {
        Meeting meeting = loadMeeting(meetingId);
        MeetingSeries series = loadSeries(meeting.getSeriesId());
        MeetingPermissions.requireSee(series, me);
        if (meeting.getStatus() != MeetingStatus.CLOSED) {
            throw new RuleViolationException("The recap exists once the meeting is closed.");
        }
        // Shared items only: the recap is what both leaders (and the PDF) may see.
        List<AgendaItem> shared = items.findShared(meetingId);
        List<ActionItemView> all = actionViews(meeting, series);
        MeetingSummary next = meetings.findAfter(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream()
                .findFirst().map(m -> MeetingSummary.of(m, series)).orElse(null);
        return new RecapView(MeetingSummary.of(meeting, series), company.profile().name(), participants(series, peopleById()),
                sectionViews(meeting, shared, -1), decisions.fromMeeting(meetingId),
                all.stream().filter(a -> !a.carried()).toList(), all.stream().filter(ActionItemView::carried).toList(),
                shared.stream().filter(i -> i.getMovedToMeetingId() != null).map(i -> ItemView.of(i, -1)).toList(),
                meeting.getMessage(), meeting.isNoMessage(), meeting.getClosedByName(), meeting.getEndedAt(), next);
    }

    // ---- creating meetings ----

    /**
     * Makes sure the series has its next meeting, prepared, so that its participants can add talking
     * points before it happens. Returns it.
     */
    public MeetingSummary ensureNextMeeting(long seriesId, CadenceUser preparer) {
        MeetingSeries series = loadSeries(seriesId);
        List<Meeting> open = meetings.findOpen(List.of(seriesId));
        if (!open.isEmpty()) {
            return MeetingSummary.of(open.get(0), series);
        }
        Meeting latest = meetings.findLatest(seriesId, Limit.of(1)).stream().findFirst().orElse(null);
        return MeetingSummary.of(createMeeting(series, nextSlot(series, latest), preparer), series);
    }

    /** A meeting at a given time (the demo's past meetings), prepared like any other. */
    public MeetingSummary createMeetingAt(long seriesId, Instant scheduledAt, CadenceUser preparer) {
        MeetingSeries series = loadSeries(seriesId);
        return MeetingSummary.of(createMeeting(series, scheduledAt, preparer), series);
    }

    /** The meeting's sections, for callers that add items to them (the demo). */
    @Transactional(readOnly = true)
    public List<SectionView> sectionsOf(long meetingId, CadenceUser me) {
        Meeting meeting = loadMeeting(meetingId);
        MeetingPermissions.requireSee(loadSeries(meeting.getSeriesId()), me);
        return sectionViews(meeting, items.findVisible(meetingId, me.personId()), me.personId());
    }

    private Meeting createMeeting(MeetingSeries series, Instant at, CadenceUser preparer) {
        Meeting meeting = meetings.saveAndFlush(new Meeting(series.getId(), at));
        for (TemplateSection t : templates.findBySeriesIdOrderByPosition(series.getId())) {
            sections.save(new MeetingSection(meeting.getId(), t));
        }
        sections.flush();
        fillFromData(meeting, series, preparer);
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

    private Meeting nextMeeting(Meeting meeting, MeetingSeries series, CadenceUser me) {
        return meetings.findAfter(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream().findFirst()
                .orElseGet(() -> createMeeting(series, series.occurrenceAfter(meeting.getScheduledAt()), me));
    }

    private void fillFromData(Meeting meeting, MeetingSeries series, CadenceUser preparer) {
        if (!clock.isRealTime()) {
            // History being loaded: the data as it stood then is not known, so "what changed" is not filled.
            return;
        }
        MeetingSection changes = sections.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .filter(s -> s.getKind() == SectionKind.CHANGES).findFirst().orElse(null);
        if (changes == null) {
            return;
        }
        items.deleteFilledFromData(meeting.getId());
        Instant since = meetings.findBefore(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream().findFirst()
                .map(Meeting::getScheduledAt).orElse(meeting.getScheduledAt().minus(Duration.ofDays(7L * series.getIntervalWeeks())));
        Instant now = clock.instant();
        LocalDate day = meeting.getScheduledAt().atZone(series.zone()).toLocalDate();
        int position = -100;
        for (WhatChanged.Entry e : whatChanged.since(since, now, series.getId(), day, preparer)) {
            items.save(AgendaItem.fromData(meeting.getId(), changes.getId(), abbreviate(e.text(), TEXT), e.sourceUrl(),
                    e.sourceLabel(), position++, now));
        }
        items.flush();
        meeting.prepared(now);
    }

    private void moveOn(List<AgendaItem> points, Meeting next, CadenceUser me) {
        if (points.isEmpty()) {
            return;
        }
        Map<Integer, MeetingSection> byPosition = sections.findByMeetingIdOrderByPosition(next.getId()).stream()
                .collect(Collectors.toMap(MeetingSection::getPosition, Function.identity()));
        Map<Long, MeetingSection> here = sections.findAllById(points.stream().map(AgendaItem::getSectionId).toList()).stream()
                .collect(Collectors.toMap(MeetingSection::getId, Function.identity()));
        Instant now = clock.instant();
        for (AgendaItem point : points) {
            MeetingSection target = byPosition.getOrDefault(here.get(point.getSectionId()).getPosition(),
                    byPosition.values().stream().max(Comparator.comparing(MeetingSection::getPosition)).orElseThrow());
            items.save(point.movedTo(next.getId(), target.getId(), items.maxPosition(target.getId()) + 1, me.displayName(), now));
        }
        items.flush();
        next.changed();
    }

    // ---- views ----

    private List<SectionView> sectionViews(Meeting meeting, List<AgendaItem> visible, long viewerId) {
        Map<Long, List<ItemView>> bySection = new LinkedHashMap<>();
        for (AgendaItem i : visible) {
            bySection.computeIfAbsent(i.getSectionId(), k -> new ArrayList<>()).add(ItemView.of(i, viewerId));
        }
        return sections.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .map(s -> new SectionView(s.getId(), s.getPosition(), s.getKind(), s.getTitle(), s.getPrompt(), s.getMinutes(),
                        meeting.getStatus() == MeetingStatus.LIVE && Objects.equals(meeting.getCurrentSectionId(), s.getId()),
                        bySection.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    private List<ActionItemView> actionViews(Meeting meeting, MeetingSeries series) {
        // A closed meeting shows what was open while it ran; one being prepared, what is open now.
        Instant openSince = meeting.getStartedAt() != null ? meeting.getStartedAt() : clock.instant();
        List<ActionItem> found = actions.findForMeeting(series.getId(), meeting.getId(), meeting.getScheduledAt(), openSince);
        Map<Long, String> labels = meetingLabels(found.stream().map(ActionItem::getMeetingId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return found.stream()
                .map(a -> actionView(a, labels.get(a.getMeetingId()), !a.getMeetingId().equals(meeting.getId()), today))
                .toList();
    }

    private static ActionItemView actionView(ActionItem a, String raisedIn, boolean carried, LocalDate today) {
        return new ActionItemView(a.getId(), a.getText(), a.getOwnerId(), a.getOwnerName(), a.getDueOn(),
                !a.isDone() && a.getDueOn().isBefore(today), a.isDone(), a.getMeetingId(), raisedIn, carried, a.getVersion());
    }

    private Map<Long, String> meetingLabels(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> labels = new HashMap<>();
        for (Object[] row : meetings.findWithSeries(meetingIds)) {
            Meeting m = (Meeting) row[0];
            labels.put(m.getId(), MeetingSummary.of(m, (MeetingSeries) row[1]).label());
        }
        return labels;
    }

    private SeriesView seriesView(MeetingSeries s, List<TemplateSection> agenda, Map<Long, PersonView> everyone, boolean canEdit) {
        return new SeriesView(s.getId(), s.getName(), s.getKind(), s.getWeekday(), s.getStartTime(), s.zone().getId(),
                s.getLengthMinutes(), s.getIntervalWeeks(), participants(s, everyone),
                agenda.stream().map(t -> new SeriesView.TemplateSectionView(t.getId(), t.getPosition(), t.getKind(), t.getTitle(),
                        t.getPrompt(), t.getMinutes(), t.getVersion())).toList(), canEdit);
    }

    private static List<SeriesView.Participant> participants(MeetingSeries s, Map<Long, PersonView> everyone) {
        return s.getParticipantIds().stream().map(everyone::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(PersonView::name))
                .map(p -> new SeriesView.Participant(p.id(), p.name(), p.title())).toList();
    }

    private Map<Long, PersonView> peopleById() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    // ---- loading and checking ----

    /** A change to a meeting in progress: the meeting locked, its series, the changer allowed. */
    private record Change(Meeting meeting, MeetingSeries series) {
        void done() {
            meeting.changed();
        }
    }

    private Change change(long meetingId, CadenceUser me) {
        Meeting meeting = meetings.lockById(meetingId)
                .orElseThrow(() -> new NotFoundException("There is no meeting " + meetingId + "."));
        MeetingSeries series = loadSeries(meeting.getSeriesId());
        MeetingPermissions.requireRun(series, me);
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            throw new RuleViolationException("This meeting is closed; past meetings are read-only. Add it to the next meeting instead.");
        }
        return new Change(meeting, series);
    }

    private Meeting loadMeeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("There is no meeting " + id + "."));
    }

    private MeetingSeries loadSeries(long id) {
        return seriesRepository.findWithParticipants(id)
                .orElseThrow(() -> new NotFoundException("There is no meeting series " + id + "."));
    }

    private MeetingSection section(long meetingId, long sectionId) {
        return sections.findById(sectionId).filter(s -> s.getMeetingId() == meetingId)
                .orElseThrow(() -> new NotFoundException("There is no such section in this meeting."));
    }

    private AgendaItem visibleItem(long meetingId, long itemId, CadenceUser me) {
        return items.findVisible(itemId, meetingId, me.personId())
                .orElseThrow(() -> new NotFoundException("There is no such item in this meeting (it may have been deleted)."));
    }

    private static void requireItemVersion(AgendaItem item, long expectedVersion) {
        if (item.getVersion() != expectedVersion) {
            throw new StaleEditException(item.getUpdatedByName() + " changed this item meanwhile.");
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
