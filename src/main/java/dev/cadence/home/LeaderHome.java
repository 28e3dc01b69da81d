package dev.cadence.home;

import dev.cadence.charter.CharterPanel;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.meetings.ActionItemView;
import dev.cadence.meetings.MeetingPreparation;
import dev.cadence.people.PersonView;
import dev.cadence.scorecard.MissingValue;
import dev.cadence.scorecard.ProposalView;
import java.util.List;

/**
 * A leader's Home, block by block.
 *
 * @param decisions         decisions proposed or reopened with this person as the decider
 * @param metricProposals   proposed changes to metric definitions, for those who govern them (RevOps, administrators)
 * @param charterProposals  proposed changes to the GTM charter, for the CEO who approves them
 * @param meetingsThisWeek  their meetings not closed yet, up to the end of this week, with their preparation
 * @param laterMeetings     the ones after this week
 * @param openNotOverdue    how many of their open action items are not overdue
 * @param ownsMetrics       whether they own an approved metric ("Values you owe" shows only then)
 * @param team              the leadership directory, out of the way at the bottom
 */
public record LeaderHome(ScorecardPulse scorecard, List<DecisionSummary> decisions, List<ProposalView> metricProposals,
                         List<CharterPanel.Waiting> charterProposals, List<MeetingPreparation> meetingsThisWeek,
                         List<MeetingPreparation> laterMeetings, List<ActionItemView> overdue, int openNotOverdue,
                         ForecastChange forecast, boolean ownsMetrics, List<MissingValue> owed, List<PersonView> team) {

    /** How many things wait for this person's decision. */
    public int waitingCount() {
        return decisions.size() + metricProposals.size() + charterProposals.size();
    }

    public long unprepared() {
        return meetingsThisWeek.stream().filter(m -> !m.prepared()).count();
    }
}
