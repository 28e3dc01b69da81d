package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonView;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.UserText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items: raised in a meeting with one owner and a due date, carried to the series' next
 * meetings until ticked done, and listed on their owner's Home. Adding or ticking one is a change to
 * the meeting, so the meeting's row is locked first.
 */
@Service
@Transactional
public class ActionItemService {

    private final ActionItemRepository actions;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingViews views;
    private final Clock clock;

    ActionItemService(ActionItemRepository actions, MeetingRepository meetings, MeetingAccess access, MeetingViews views,
                      Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    /** Raises an action item in the meeting: one active owner, a due date (yesterday at the earliest). */
    public ActionItemView addActionItem(long meetingId, String text, Long ownerId, LocalDate dueOn, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        String clean = UserText.required(text, 500, "text", "Say what is to be done.");
        PersonView owner = ownerId == null ? null : views.peopleById().get(ownerId);
        if (owner == null || !owner.active()) {
            throw new RuleViolationException("ownerId", "Choose who owns it: one active person.");
        }
        if (owner.readOnly()) {
            throw new RuleViolationException("ownerId", owner.name() + " is a board member, who reads but never writes "
                    + "in Cadence, so cannot own an action item. Choose someone who will do it.");
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
        return view(item, MeetingSummary.of(change.meeting(), change.series()).label(), false, LocalDate.now(clock));
    }

    /** Ticks an action item done (or open again), in the meeting where it is ticked. */
    public ActionItemView markActionItemDone(long meetingId, long actionItemId, boolean done, CadenceUser me) {
        MeetingChange change = access.change(meetingId, me);
        ActionItem item = actions.findById(actionItemId)
                .filter(a -> a.getSeriesId().equals(change.series().getId()))
                .orElseThrow(() -> new NotFoundException("There is no such action item in this series."));
        item.markDone(done, meetingId, clock.instant());
        actions.flush();
        change.done();
        return view(item, null, !item.getMeetingId().equals(meetingId), LocalDate.now(clock));
    }

    /** The open action items this person owns, soonest due first (for Home). */
    @Transactional(readOnly = true)
    public List<ActionItemView> openActionItemsOwnedBy(long personId) {
        List<ActionItem> open = actions.findByOwnerIdAndDoneFalseOrderByDueOnAscIdAsc(personId);
        Map<Long, String> labels = meetingLabels(open.stream().map(ActionItem::getMeetingId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return open.stream().map(a -> view(a, labels.get(a.getMeetingId()), false, today)).toList();
    }

    /** Who owns an open action item due on {@code day} or before (for the daily digest); one query. */
    @Transactional(readOnly = true)
    public Set<Long> ownersOfOpenItemsDueBy(LocalDate day) {
        return Set.copyOf(actions.findOwnersOfOpenDueBy(day));
    }

    /** The action items a meeting shows: raised in it, and those carried from earlier meetings of the series. */
    List<ActionItemView> of(Meeting meeting, MeetingSeries series) {
        // A closed meeting shows what was open while it ran; one being prepared, what is open now.
        Instant openSince = meeting.getStartedAt() != null ? meeting.getStartedAt() : clock.instant();
        List<ActionItem> found = actions.findForMeeting(series.getId(), meeting.getId(), meeting.getScheduledAt(), openSince);
        Map<Long, String> labels = meetingLabels(found.stream().map(ActionItem::getMeetingId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return found.stream()
                .map(a -> view(a, labels.get(a.getMeetingId()), !a.getMeetingId().equals(meeting.getId()), today))
                .toList();
    }

    private static ActionItemView view(ActionItem a, String raisedIn, boolean carried, LocalDate today) {
        return new ActionItemView(a.getId(), a.getText(), a.getOwnerId(), a.getOwnerName(), a.getDueOn(),
                !a.isDone() && a.getDueOn().isBefore(today), a.isDone(), a.getMeetingId(), raisedIn, carried, a.getVersion());
    }

    /** How each meeting is named ("series · day"), in one query. */
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
}
