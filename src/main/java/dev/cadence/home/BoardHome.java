package dev.cadence.home;

import dev.cadence.decisions.DecisionSummary;
import dev.cadence.meetings.OrgMessage;
import dev.cadence.boardpack.LatestPack;
import java.util.List;

/** The board's Home: how the scorecard stands, what the leadership told the company, and what it decided. */
public record BoardHome(ScorecardPulse scorecard, List<OrgMessage> messages, List<DecisionSummary> decisions, LatestPack pack) {
}
