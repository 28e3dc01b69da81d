package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Loading series, meetings and items (an unknown id, or a private point of someone else, is "not
 * found"), and the one way into a change to a meeting: its row is locked first, so that concurrent
 * changes happen one after the other (the top-three rule holds whoever clicks first).
 */
@Component
class MeetingAccess {

    private final MeetingSeriesRepository seriesRepository;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;

    MeetingAccess(MeetingSeriesRepository seriesRepository, MeetingRepository meetings, AgendaItemRepository items) {
        this.seriesRepository = seriesRepository;
        this.meetings = meetings;
        this.items = items;
    }

    /** The meeting locked until the transaction ends, for a participant; a closed meeting is read-only. */
    MeetingChange change(long meetingId, CadenceUser me) {
        Meeting meeting = meetings.lockById(meetingId)
                .orElseThrow(() -> new NotFoundException("There is no meeting " + meetingId + "."));
        MeetingSeries series = series(meeting.getSeriesId());
        MeetingPermissions.requireRun(series, me);
        if (meeting.getStatus() == MeetingStatus.CLOSED) {
            throw new RuleViolationException("This meeting is closed; past meetings are read-only. Add it to the next meeting instead.");
        }
        return new MeetingChange(meeting, series);
    }

    Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("There is no meeting " + id + "."));
    }

    MeetingSeries series(long id) {
        return seriesRepository.findWithParticipants(id)
                .orElseThrow(() -> new NotFoundException("There is no meeting series " + id + "."));
    }

    /** An item of the meeting as the viewer may see it: someone else's private point is "not found". */
    AgendaItem visibleItem(long meetingId, long itemId, CadenceUser me) {
        return items.findVisible(itemId, meetingId, me.personId())
                .orElseThrow(() -> new NotFoundException("There is no such item in this meeting (it may have been deleted)."));
    }
}
