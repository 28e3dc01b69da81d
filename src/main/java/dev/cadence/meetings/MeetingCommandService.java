package dev.cadence.meetings;

import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.people.CadenceUser;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.UserText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to one meeting, while it is prepared and while it runs: talking points and the top three
 * priorities, "what changed" filled again, starting and moving through the sections, the message to
 * the org, decisions (into the decision log) and closing, which prepares the next meeting.
 *
 * <p>Every change locks the meeting's row first ({@link MeetingAccess#change}), so that concurrent
 * changes happen one after the other (the top-three rule holds whoever clicks first), and moves its
 * revision, which open pages poll to show each other's edits.
 */
@Service
@Transactional
public class MeetingCommandService {

    private static final int NOTES = 4000;
    private static final int MESSAGE = 4000;

    private final MeetingSectionRepository sections;
    private final AgendaItemRepository items;
    private final MeetingAccess access;
    private final MeetingSeriesService series;
    private final AgendaFilling filling;
    private final DecisionService decisions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingCommandService(MeetingSectionRepository sections, AgendaItemRepository items, MeetingAccess access,
                          MeetingSeriesService series, AgendaFilling filling, DecisionService decisions, Clock clock,
                          ApplicationEventPublisher events) {
        this.events = events;
        this.sections = sections;
        this.items = items;
        this.access = access;
        this.series = series;
        this.filling = filling;
        this.decisions = decisions;
        this.clock = clock;
    }

    // ---- preparing ----

    /** Adds a talking point (or, in the priorities section, a priority) to a section. */
    public ItemView addItem(long meetingId, long sectionId, String text, boolean privateItem, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        MeetingSection section = section(meetingId, sectionId);
        String clean = UserText.required(text, AgendaItem.MAX_TEXT, "text", "Write the talking point first.");
        ItemKind kind = ItemKind.TALKING_POINT;
        if (section.getKind() == SectionKind.PRIORITIES) {
            kind = ItemKind.PRIORITY;
            privateItem = false;
            long count = items.countByMeetingIdAndKind(meetingId, ItemKind.PRIORITY);
            if (count >= SectionKind.MAX_PRIORITIES) {
                throw new RuleViolationException("text", "There are already three priorities for this week — never more than three. "
                        + "Drop or merge one before adding \"" + AgendaItem.abbreviate(clean, 60) + "\".");
            }
        }
        AgendaItem item = items.saveAndFlush(AgendaItem.point(meetingId, sectionId, kind, clean, me.personId(),
                me.displayName(), privateItem, items.maxPosition(sectionId) + 1, clock.instant()));
        change.done();
        return ItemView.of(item, me.personId());
    }

    /** Edits an item's text and notes; an entry filled from data keeps its text. */
    public ItemView editItem(long meetingId, long itemId, String text, String notes, long expectedVersion, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        AgendaItem item = access.visibleItem(meetingId, itemId, me);
        requireItemVersion(item, expectedVersion);
        String newText = item.getKind() == ItemKind.DATA ? item.getText()
                : UserText.required(text, AgendaItem.MAX_TEXT, "text", "A talking point cannot be empty; delete it instead.");
        item.edit(newText, UserText.optional(notes, NOTES, "notes"), me.displayName(), clock.instant());
        items.flush();
        change.done();
        return ItemView.of(item, me.personId());
    }

    public ItemView markDiscussed(long meetingId, long itemId, boolean discussed, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        AgendaItem item = access.visibleItem(meetingId, itemId, me);
        item.markDiscussed(discussed, me.displayName(), clock.instant());
        items.flush();
        change.done();
        return ItemView.of(item, me.personId());
    }

    /** Deletes a point its author no longer wants, or a priority (to make room for another). */
    public void deleteItem(long meetingId, long itemId, long expectedVersion, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        AgendaItem item = access.visibleItem(meetingId, itemId, me);
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

    /**
     * Puts the priorities of a section in a new order ({@code order}: their ids, each once). {@code seen} is the order
     * the page showed: when the priorities changed since (someone reordered, added or dropped one), nothing is changed and
     * the reorder is refused as stale, naming the order now. The meeting's row lock makes two reorders at once happen one
     * after the other, so the second is always refused.
     *
     * @return the moved priorities in their new order
     */
    public List<ItemView> reorderPriorities(long meetingId, long sectionId, List<Long> order, List<Long> seen, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        List<AgendaItem> current = prioritiesAsSeen(meetingId, sectionId, seen);
        List<Long> currentIds = current.stream().map(AgendaItem::getId).toList();
        if (order.size() != currentIds.size() || !new java.util.HashSet<>(order).equals(new java.util.HashSet<>(currentIds))) {
            throw new RuleViolationException("The new order must name each of the " + currentIds.size() + " priorities once.");
        }
        return putInOrder(change, current, order, me);
    }

    /**
     * Moves one priority a place up ({@code by} −1) or down (+1), from the order the page showed ({@code seen}); refused
     * as stale as {@link #reorderPriorities} is, and when it is first (or last) already.
     */
    public List<ItemView> movePriority(long meetingId, long itemId, int by, List<Long> seen, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        AgendaItem item = access.visibleItem(meetingId, itemId, me);
        List<AgendaItem> current = prioritiesAsSeen(meetingId, item.getSectionId(), seen);
        List<Long> order = new java.util.ArrayList<>(current.stream().map(AgendaItem::getId).toList());
        int at = order.indexOf(itemId);
        int to = at + Integer.signum(by);
        if (by == 0 || to < 0 || to >= order.size()) {
            throw new RuleViolationException("“" + AgendaItem.abbreviate(item.getText(), 60) + "” is already "
                    + (to < 0 ? "first." : "last."));
        }
        java.util.Collections.swap(order, at, to);
        return putInOrder(change, current, order, me);
    }

    /** A section's priorities, as the page showed them ({@code seen}); refused as stale when they changed since. */
    private List<AgendaItem> prioritiesAsSeen(long meetingId, long sectionId, List<Long> seen) {
        MeetingSection section = section(meetingId, sectionId);
        if (section.getKind() != SectionKind.PRIORITIES) {
            throw new RuleViolationException("Only the top three priorities are put in order; talking points keep the order they were added in.");
        }
        List<AgendaItem> current = items.findPriorities(sectionId);
        if (!current.stream().map(AgendaItem::getId).toList().equals(seen)) {
            String by = current.stream().max(Comparator.comparing(AgendaItem::getUpdatedAt)).map(AgendaItem::getUpdatedByName)
                    .orElse("Someone");
            StringBuilder now = new StringBuilder();
            for (int i = 0; i < current.size(); i++) {
                now.append(i == 0 ? "" : ", ").append(i + 1).append(". ").append(AgendaItem.abbreviate(current.get(i).getText(), 60));
            }
            throw new StaleEditException(by + " changed the priorities meanwhile"
                    + (current.isEmpty() ? "; there are none now." : "; they now read " + now + ".")
                    + " Your order was not saved: the page shows theirs, move again from there.");
        }
        return current;
    }

    private List<ItemView> putInOrder(MeetingChange change, List<AgendaItem> current, List<Long> order, CadenceUser me) {
        Map<Long, AgendaItem> byId = current.stream().collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        Instant now = clock.instant();
        for (int i = 0; i < order.size(); i++) {
            byId.get(order.get(i)).moveTo(i + 1, me.displayName(), now);
        }
        items.flush();
        change.done();
        return order.stream().map(id -> ItemView.of(byId.get(id), me.personId())).toList();
    }

    /** Moves an undiscussed talking point to the next meeting of the series (created if need be). */
    public MeetingSummary moveToNextMeeting(long meetingId, long itemId, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        AgendaItem item = access.visibleItem(meetingId, itemId, me);
        if (item.getKind() != ItemKind.TALKING_POINT || item.isDiscussed() || item.getMovedToMeetingId() != null) {
            throw new RuleViolationException("Only a talking point that was not discussed moves to the next meeting.");
        }
        Meeting next = series.nextMeeting(change.meeting(), change.series(), me);
        if (next == null) {
            throw new RuleViolationException(change.series().getName() + " is " + change.series().getStatus().label().toLowerCase(java.util.Locale.ENGLISH)
                    + ": there is no next meeting to move it to.");
        }
        moveOn(List.of(item), next, me);
        change.done();
        return MeetingSummary.of(next, change.series());
    }

    /** Fills "what changed since last week" again from the data as it is now (meetings in preparation). */
    public void refreshFromData(long meetingId, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        if (change.meeting().getStatus() != MeetingStatus.PREP) {
            throw new RuleViolationException("What changed is filled while the meeting is prepared; it is running now.");
        }
        filling.fill(change.meeting(), change.series(), me);
        change.done();
    }

    // ---- running ----

    public void start(long meetingId, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        if (change.meeting().getStatus() != MeetingStatus.PREP) {
            throw new RuleViolationException("The meeting is already running.");
        }
        Long first = sections.findByMeetingIdOrderByPosition(meetingId).stream().findFirst().map(MeetingSection::getId).orElse(null);
        change.meeting().start(first, clock.instant());
        change.done();
    }

    /** Moves the running meeting to a section; its time box starts counting down. */
    public void moveToSection(long meetingId, long sectionId, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        if (change.meeting().getStatus() != MeetingStatus.LIVE) {
            throw new RuleViolationException("Start the meeting first.");
        }
        change.meeting().moveTo(section(meetingId, sectionId).getId(), clock.instant());
        change.done();
    }

    /** The message to the org, or explicitly none this week. */
    public void writeMessage(long meetingId, String message, boolean noMessage, long expectedVersion, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
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
     * Undiscussed talking points move to the next meeting when asked; the next meeting is prepared. Publishes
     * {@link MeetingClosed} inside the transaction.
     *
     * @return the next meeting, or {@code null} when the series is paused or ended and has none (undiscussed points
     *         then stay in this meeting)
     */
    public MeetingSummary close(long meetingId, boolean moveUndiscussed, CadenceUser me) {
        return close(meetingId, moveUndiscussed, true, me);
    }

    /**
     * As {@link #close(long, boolean, CadenceUser)}; a meeting still in preparation (never started) closes only when
     * {@code closeUnstarted} confirms it: the meeting page asks, and a close without it is refused.
     */
    public MeetingSummary close(long meetingId, boolean moveUndiscussed, boolean closeUnstarted, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        Meeting meeting = change.meeting();
        if (meeting.getStatus() == MeetingStatus.PREP && !closeUnstarted) {
            throw new RuleViolationException("closeUnstarted", "This meeting has not started: it is still in preparation. "
                    + "Tick “Close it without holding it” to close it anyway, or start it first.");
        }
        if (!meeting.hasMessageOrNone()) {
            String period = change.series().monthly() ? "month" : "week";
            throw new RuleViolationException("message", "Agree the message to the org before closing — what "
                    + (change.series().getParticipantIds().size() == 2 ? "both of you" : "all of you") + " will say this " + period
                    + " — or tick “No message this " + period + "”.");
        }
        Meeting next = series.nextMeeting(meeting, change.series(), me);
        if (moveUndiscussed && next != null) {
            moveOn(items.findUndiscussedPoints(meetingId), next, me);
        }
        meeting.close(me.displayName(), clock.instant());
        change.done();
        MeetingSummary closed = MeetingSummary.of(meeting, change.series());
        // In this transaction: what listeners write (the recap's e-mails in the outbox) commits with the close or not at all.
        events.publishEvent(new MeetingClosed(meetingId, change.series().getId(), closed.label(), change.series().getParticipantIds(),
                meeting.getEndedAt()));
        return next == null ? null : MeetingSummary.of(next, change.series());
    }

    /**
     * Records a decision taken in the meeting into the decision log, linked back to the meeting. The
     * decider is checked against the decision-rights map there.
     *
     * @throws dev.cadence.decisions.DeciderNotEntitledException the decider lacks Decide and no reason was given
     */
    public DecisionSummary recordDecision(long meetingId, String title, String decision, String rationale, Long deciderId,
                                          Long areaId, String message, String overrideReason, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        if (deciderId == null) {
            throw new RuleViolationException("deciderId", "Choose who decides.");
        }
        DecisionSummary recorded = decisions.record(new DecisionDraft(title, null, null, null, decision, rationale, deciderId,
                areaId, LocalDate.now(clock), meetingId, MeetingSummary.of(change.meeting(), change.series()).label(), message,
                overrideReason), me);
        change.done();
        return recorded;
    }

    /**
     * Records a decision another feature takes in this meeting (the GTM council's decision on an experiment): the
     * viewer must be running the meeting (a participant, the meeting not closed); {@code record} gets the meeting's
     * label for the decision log, and the meeting's open pages then show the decision, as with
     * {@link #recordDecision}. Runs in the caller's transaction, the meeting's row locked until it ends.
     */
    public DecisionSummary recordDecisionTakenIn(long meetingId, CadenceUser me, java.util.function.Function<String, DecisionSummary> record) {
        MeetingChange change = access.change(meetingId, me);
        DecisionSummary recorded = record.apply(MeetingSummary.of(change.meeting(), change.series()).label());
        change.done();
        return recorded;
    }

    // ---- helpers ----

    /** Copies the points to the next meeting, each into the section at the same place (or the last one). */
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

    private MeetingSection section(long meetingId, long sectionId) {
        return sections.findById(sectionId).filter(s -> s.getMeetingId() == meetingId)
                .orElseThrow(() -> new NotFoundException("There is no such section in this meeting."));
    }

    private static void requireItemVersion(AgendaItem item, long expectedVersion) {
        if (item.getVersion() != expectedVersion) {
            throw new StaleEditException(item.getUpdatedByName() + " changed this item meanwhile.");
        }
    }
}
