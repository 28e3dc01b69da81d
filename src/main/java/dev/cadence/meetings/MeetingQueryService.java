package dev.cadence.meetings;

import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.web.KeptReads;
import dev.cadence.web.UserText;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as pages, Home and the API read them: lists and search, the meeting page (the viewer's own
 * private points included, or shared items only), what a polling page asks for, and the recap. Every
 * read checks that the viewer may see the series; none changes anything.
 */
@Service
@Transactional(readOnly = true)
public class MeetingQueryService {

    /** Why an open meeting has no recap. */
    public static final String NO_RECAP_YET = "The recap exists once the meeting is closed.";


    static final int PAST_ON_PAGE = 30;

    private final MeetingSeriesRepository seriesRepository;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final ActionItemService actionItems;
    private final DecisionService decisions;
    private final CompanyService company;
    private final SeriesTrendReads trends;
    private final Clock clock;
    // Each viewer's meeting page as read at the meeting_change counter (V35), which triggers move on every write to what
    // the page shows: every participant opens the page, and the live poll reads it again after each edit.
    private final KeptReads keptPages;

    // Who reads which meeting, and how (what the page holds depends on the viewer's person and roles only).
    private record PageKey(long meetingId, long personId, Set<Role> roles, boolean sharedOnly) {
    }

    MeetingQueryService(MeetingSeriesRepository seriesRepository, MeetingRepository meetings, AgendaItemRepository items,
                        MeetingAccess access, MeetingViews views, ActionItemService actionItems, DecisionService decisions,
                        CompanyService company, SeriesTrendReads trends, Clock clock, JdbcTemplate jdbc,
                        PlatformTransactionManager transactions) {
        this.trends = trends;
        this.clock = clock;
        this.keptPages = KeptReads.underCounter("meeting_change", jdbc, clock, transactions, 512);
        this.seriesRepository = seriesRepository;
        this.meetings = meetings;
        this.items = items;
        this.access = access;
        this.views = views;
        this.actionItems = actionItems;
        this.decisions = decisions;
        this.company = company;
    }

    // ---- lists ----

    /** The viewer's series, their upcoming meetings and their past ones (searched by text when asked). */
    public MeetingsOverview overview(String query, CadenceUser me) {
        List<MeetingSeries> mine = seriesRepository.findForParticipant(me.personId());
        Map<Long, MeetingSeries> byId = mine.stream().collect(Collectors.toMap(MeetingSeries::getId, Function.identity()));
        Map<Long, PersonView> everyone = views.peopleById();
        List<SeriesView> seriesViews = mine.stream().map(s -> MeetingViews.series(s, List.of(), everyone, true)).toList();
        if (mine.isEmpty()) {
            return new MeetingsOverview(seriesViews, List.of(), List.of(), query, PAST_ON_PAGE,
                    MeetingPermissions.canCreateSeries(me));
        }
        List<MeetingSummary> upcoming = meetings.findOpen(byId.keySet()).stream()
                .map(m -> MeetingSummary.of(m, byId.get(m.getSeriesId()))).toList();
        String q = query == null ? "" : query.trim();
        List<Meeting> past = q.isEmpty()
                ? meetings.findClosed(byId.keySet(), Limit.of(PAST_ON_PAGE))
                : meetings.searchClosed(byId.keySet(), UserText.containsPattern(q), me.personId(), Limit.of(PAST_ON_PAGE));
        return new MeetingsOverview(seriesViews, upcoming,
                past.stream().map(m -> MeetingSummary.of(m, byId.get(m.getSeriesId()))).toList(), q, PAST_ON_PAGE,
                MeetingPermissions.canCreateSeries(me));
    }

    /** The next meetings of the series this person takes part in (for Home); one query. */
    public List<MeetingSummary> upcomingFor(long personId) {
        return meetings.findOpenWithSeriesFor(personId).stream()
                .map(row -> MeetingSummary.of((Meeting) row[0], (MeetingSeries) row[1])).toList();
    }

    /**
     * The meetings this person takes part in that are not closed yet, soonest first, each with how far the person's
     * preparation got (for Home); one query, however many meetings and items exist.
     */
    public List<MeetingPreparation> preparationFor(long personId) {
        return meetings.findOpenWithPreparationFor(personId).stream()
                .map(row -> new MeetingPreparation(MeetingSummary.of((Meeting) row[0], (MeetingSeries) row[1]),
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).longValue() > 0))
                .toList();
    }

    /**
     * How many decisions each of these meetings recorded (none: absent), in one statement (none for no meeting): for a
     * series' list and the meetings page's past ones.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> decisionCounts(List<MeetingSummary> meetings) {
        return decisions.countsByMeeting(meetings.stream().map(MeetingSummary::id).toList());
    }

    /**
     * The latest messages to the org, from closed meetings of any series, newest first (for Home, the board's included):
     * a message is agreed to be told to the whole company, so everyone signed in reads it, not only the participants. One
     * query.
     */

    public List<OrgMessage> latestMessages(int limit) {
        return meetings.findLatestMessages(Limit.of(limit)).stream().map(row -> {
            Meeting m = (Meeting) row[0];
            MeetingSeries s = (MeetingSeries) row[1];
            return new OrgMessage(m.getId(), s.getId(), s.getName(), m.getScheduledAt().atZone(s.zone()).toLocalDate(),
                    m.getMessage(), m.getMessageByName());
        }).toList();
    }

    /** Meetings the viewer may see, optionally of one series, scheduled in [from, to) (for the API). */
    public List<MeetingSummary> find(Long seriesId, Instant from, Instant to, CadenceUser me) {
        List<MeetingSeries> visible = me.hasRole(Role.ADMIN) ? seriesRepository.findAllWithParticipants()
                : seriesRepository.findForParticipant(me.personId());
        Map<Long, MeetingSeries> byId = visible.stream()
                .filter(s -> seriesId == null || s.getId().equals(seriesId))
                .collect(Collectors.toMap(MeetingSeries::getId, Function.identity()));
        if (seriesId != null && byId.isEmpty()) {
            MeetingPermissions.requireSee(access.series(seriesId), me);
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        return meetings.findBetween(byId.keySet(), from == null ? Instant.EPOCH : from,
                        to == null ? Instant.parse("9999-12-31T00:00:00Z") : to, Limit.of(500)).stream()
                .map(m -> MeetingSummary.of(m, byId.get(m.getSeriesId()))).toList();
    }

    /**
     * Whether the series' meetings get better, over its latest closed ones: ratings (for its participants only), starting
     * and ending on time, action items done by their due date, what is carried over again and again, decisions. Two
     * statements, whatever the number of meetings.
     */
    public SeriesTrend trend(long seriesId, CadenceUser me) {
        MeetingSeries series = access.series(seriesId);
        MeetingPermissions.requireSee(series, me);
        boolean withRatings = MeetingPermissions.canSeeRatings(series, me);
        List<SeriesTrendReads.Row> rows = trends.latest(series, SeriesTrend.WINDOW, LocalDate.now(clock.withZone(series.zone())));
        Map<Long, Long> decided = decisions.countsByMeeting(rows.stream().map(SeriesTrendReads.Row::meetingId).toList());
        return new SeriesTrend(rows.stream().map(r -> new SeriesTrend.Point(r.meetingId(), r.scheduledAt().atZone(series.zone()),
                withRatings ? r.rating() : null, withRatings ? r.ratings() : 0, r.lateMinutes(), r.overMinutes(series.getLengthMinutes()),
                r.actionsRaised(), r.actionsDue(), r.actionsOnTime(), r.carriedOver(),
                decided.getOrDefault(r.meetingId(), 0L).intValue())).toList(), withRatings);
    }

    // ---- the meeting page ----

    /** The meeting page for one viewer: shared items and the viewer's own private points. */
    public MeetingPage page(long meetingId, CadenceUser me) {
        return page(meetingId, me, false);
    }

    /** The meeting with shared items only, whoever asks (the API: private points never leave their author's page). */
    public MeetingPage sharedPage(long meetingId, CadenceUser me) {
        return page(meetingId, me, true);
    }

    private MeetingPage page(long meetingId, CadenceUser me, boolean sharedOnly) {
        return keptPages.get(new PageKey(meetingId, me.personId(), Set.copyOf(me.roles()), sharedOnly),
                () -> read(meetingId, me, sharedOnly));
    }

    private MeetingPage read(long meetingId, CadenceUser me, boolean sharedOnly) {
        Meeting meeting = access.meeting(meetingId);
        MeetingSeries series = access.series(meeting.getSeriesId());
        MeetingPermissions.requireSee(series, me);
        Map<Long, PersonView> everyone = views.peopleById();
        List<AgendaItem> visible = sharedOnly ? items.findShared(meetingId) : items.findVisible(meetingId, me.personId());
        List<SectionView> sectionViews = views.sections(meeting, visible, me.personId());
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
        List<PersonView> owners = everyone.values().stream().filter(PersonView::mayOwnWork)
                .sorted(Comparator.comparing((PersonView p) -> !series.hasParticipant(p.id())).thenComparing(PersonView::name))
                .toList();
        return new MeetingPage(MeetingSummary.of(meeting, series), MeetingViews.participants(series, everyone), sectionViews,
                actionItems.of(meeting, series), decisions.fromMeeting(meetingId), meeting.getMessage(), meeting.isNoMessage(),
                meeting.getMessageByName(), meeting.getClosedByName(), meeting.getPreparedAt(), meeting.getStartedAt(),
                meeting.getEndedAt(), meeting.getCurrentSectionId(), endsAt, meeting.getMessageVersion(), meeting.getRevision(),
                canRun, previous, next, canRun ? owners : List.of(), canRun ? decisions.areas() : List.of());
    }

    /**
     * What closing the meeting will leave behind ({@link CloseSummary}), for a participant about to close it: read
     * afresh when asked, so it is what the close will do. A section is covered when the meeting reached it (it is or
     * was the current one) or something in it was marked discussed.
     */
    public CloseSummary closeSummary(long meetingId, CadenceUser me) {
        Meeting meeting = access.meeting(meetingId);
        MeetingSeries series = access.series(meeting.getSeriesId());
        MeetingPermissions.requireRun(series, me);
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            throw new dev.cadence.web.RuleViolationException("This meeting is closed already; its recap is written.");
        }
        List<SectionView> sections = views.sections(meeting, items.findShared(meetingId), me.personId());
        int reached = meeting.getStatus() == MeetingStatus.LIVE ? sections.stream()
                .filter(s -> java.util.Objects.equals(s.id(), meeting.getCurrentSectionId())).mapToInt(SectionView::position)
                .findFirst().orElse(0) : 0;
        List<String> notCovered = sections.stream()
                .filter(s -> s.position() > reached && s.items().stream().noneMatch(ItemView::discussed))
                .map(SectionView::title).toList();
        return new CloseSummary(meeting.getStatus() == MeetingStatus.PREP, notCovered, sections.size(),
                items.findUndiscussedPoints(meetingId).size(), series.getStatus() == SeriesStatus.ACTIVE, meeting.hasMessageOrNone(),
                series.monthly() ? "month" : "week");
    }

    /**
     * The meeting as lists show it when the viewer may change it now (a participant, the meeting not closed): what
     * another feature acts in (the council's decision on an experiment). Empty otherwise, or when there is no such
     * meeting; two reads.
     */
    public Optional<MeetingSummary> runningBy(long meetingId, CadenceUser me) {
        Optional<Meeting> meeting = meetings.findById(meetingId);
        if (meeting.isEmpty() || meeting.get().getStatus() == MeetingStatus.CLOSED) {
            return Optional.empty();
        }
        MeetingSeries series = access.series(meeting.get().getSeriesId());
        return MeetingPermissions.canRun(series, me) ? Optional.of(MeetingSummary.of(meeting.get(), series)) : Optional.empty();
    }

    /** The meeting's revision, for pages polling for each other's changes: one cheap query after the permission check. */
    public long revision(long meetingId, CadenceUser me) {
        Meeting meeting = access.meeting(meetingId);
        MeetingPermissions.requireSee(access.series(meeting.getSeriesId()), me);
        return meeting.getRevision();
    }

    /** Whether the viewer may change the meeting now: a participant, and the meeting not closed. */
    public boolean canRun(long meetingId, CadenceUser me) {
        Meeting meeting = access.meeting(meetingId);
        MeetingSeries series = access.series(meeting.getSeriesId());
        MeetingPermissions.requireSee(series, me);
        return MeetingPermissions.canRun(series, me) && meeting.getStatus() != MeetingStatus.CLOSED;
    }

    /** One item as the viewer may see it (a private point of someone else is "not found"). */
    public ItemView item(long meetingId, long itemId, CadenceUser me) {
        Meeting meeting = access.meeting(meetingId);
        MeetingPermissions.requireSee(access.series(meeting.getSeriesId()), me);
        return ItemView.of(access.visibleItem(meetingId, itemId, me), me.personId());
    }

    /** The meeting's sections with the items the viewer may see, for callers that add items to them (the demo). */
    public List<SectionView> sectionsOf(long meetingId, CadenceUser me) {
        Meeting meeting = access.meeting(meetingId);
        MeetingPermissions.requireSee(access.series(meeting.getSeriesId()), me);
        return views.sections(meeting, items.findVisible(meetingId, me.personId()), me.personId());
    }

    // ---- the recap ----

    /**
     * What a closed meeting decided, agreed and left open, as the recap page and its PDF show it; nothing
     * while the meeting is still open (there is no recap before it closes).
     */
    public Optional<RecapView> closedRecap(long meetingId, CadenceUser me) {
        Meeting meeting = access.meeting(meetingId);
        MeetingSeries series = access.series(meeting.getSeriesId());
        MeetingPermissions.requireSee(series, me);
        if (meeting.getStatus() != MeetingStatus.CLOSED) {
            return Optional.empty();
        }
        // Shared items only: the recap is what both leaders (and the PDF) may see.
        List<AgendaItem> shared = items.findShared(meetingId);
        List<ActionItemView> all = actionItems.of(meeting, series);
        MeetingSummary next = meetings.findAfter(series.getId(), meeting.getScheduledAt(), Limit.of(1)).stream()
                .findFirst().map(m -> MeetingSummary.of(m, series)).orElse(null);
        // What the data raised and nobody discussed was not part of the meeting: it stays out of the recap (and its PDF).
        List<AgendaItem> recapped = shared.stream().filter(i -> i.getKind() != ItemKind.DATA || i.isDiscussed()).toList();
        return Optional.of(new RecapView(MeetingSummary.of(meeting, series), company.profile().name(),
                MeetingViews.participants(series, views.peopleById()), views.sections(meeting, recapped, -1),
                decisions.fromMeeting(meetingId), all.stream().filter(a -> !a.carried()).toList(),
                all.stream().filter(ActionItemView::carried).toList(),
                shared.stream().filter(i -> i.getMovedToMeetingId() != null).map(i -> ItemView.of(i, -1)).toList(),
                meeting.getMessage(), meeting.isNoMessage(), meeting.getClosedByName(), meeting.getEndedAt(), next));
    }
}
