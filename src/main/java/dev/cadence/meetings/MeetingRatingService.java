package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How useful each participant found a meeting: a score from 1 to 10, given as the meeting closes or afterwards, one
 * per participant and meeting, changed as often as they like. Ratings are the participants' own: they see their score
 * and the average; administrators (who may read the meetings) and the board get 403 and never see them.
 */
@Service
@Transactional
public class MeetingRatingService {

    private final MeetingRatingRepository ratings;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingCommandService commands;
    private final Clock clock;

    MeetingRatingService(MeetingRatingRepository ratings, MeetingRepository meetings, MeetingAccess access,
                         MeetingCommandService commands, Clock clock) {
        this.ratings = ratings;
        this.meetings = meetings;
        this.access = access;
        this.commands = commands;
        this.clock = clock;
    }

    /** Rates a closed meeting (or rates it again): the participants only. */
    public RatingView rate(long meetingId, Integer score, CadenceUser me) {
        // Locked first: one person's two clicks at once are one rating, changed twice, never two.
        Meeting meeting = meetings.lockById(meetingId)
                .orElseThrow(() -> new NotFoundException("There is no meeting " + meetingId + "."));
        MeetingSeries series = access.series(meeting.getSeriesId());
        MeetingPermissions.requireRate(series, me);
        int checked = checked(score);
        if (meeting.getStatus() != MeetingStatus.CLOSED) {
            throw new RuleViolationException("score", "A meeting is rated once it is closed: rate it as you close it, or on its recap.");
        }
        ratings.findByMeetingIdAndPersonId(meetingId, me.personId()).ifPresentOrElse(
                r -> r.rate(checked, clock.instant()),
                () -> ratings.save(new MeetingRating(meetingId, me.personId(), checked, clock.instant())));
        ratings.flush();
        return view(meeting, series, me);
    }

    /** Closes the meeting ({@link MeetingCommandService#close}) and, when a score is given, rates it, all or nothing. */
    public MeetingSummary closeAndRate(long meetingId, boolean moveUndiscussed, Integer score, CadenceUser me) {
        return closeAndRate(meetingId, moveUndiscussed, true, score, me);
    }

    /** As above; a meeting still in preparation closes only when {@code closeUnstarted} confirms it. */
    public MeetingSummary closeAndRate(long meetingId, boolean moveUndiscussed, boolean closeUnstarted, Integer score, CadenceUser me) {
        if (score != null) {
            checked(score);
        }
        MeetingSummary next = commands.close(meetingId, moveUndiscussed, closeUnstarted, me);
        if (score != null) {
            rate(meetingId, score, me);
        }
        return next;
    }

    /** The meeting's rating as the viewer sees it: nothing for a meeting still open, or for anyone but a participant. */
    @Transactional(readOnly = true)
    public Optional<RatingView> of(long meetingId, CadenceUser me) {
        Meeting meeting = access.meeting(meetingId);
        MeetingSeries series = access.series(meeting.getSeriesId());
        MeetingPermissions.requireSee(series, me);
        if (meeting.getStatus() != MeetingStatus.CLOSED || !MeetingPermissions.canSeeRatings(series, me)) {
            return Optional.empty();
        }
        return Optional.of(view(meeting, series, me));
    }

    private RatingView view(Meeting meeting, MeetingSeries series, CadenceUser me) {
        List<MeetingRating> given = ratings.findByMeetingId(meeting.getId());
        Integer mine = given.stream().filter(r -> r.getPersonId() == me.personId()).findFirst().map(MeetingRating::getScore)
                .orElse(null);
        Double average = given.isEmpty() ? null : given.stream().mapToInt(MeetingRating::getScore).average().orElseThrow();
        return new RatingView(meeting.getId(), mine, average, given.size(), series.getParticipantIds().size(),
                MeetingPermissions.canSeeRatings(series, me));
    }

    private static int checked(Integer score) {
        if (score == null || score < MeetingRating.LOWEST || score > MeetingRating.HIGHEST) {
            throw new RuleViolationException("score", "Rate the meeting from 1 (a waste of time) to 10 (the best we had).");
        }
        return score;
    }
}
