package dev.cadence.home;

import java.util.List;

/**
 * How the scorecard stands this week, for Home: each approved metric judged on its latest value (the period under way
 * when entered, else the one before), counted by status, and the ones off track or at risk, worst first.
 */
public record ScorecardPulse(List<MetricAlert> alerts, int onTrack, int atRisk, int offTrack, int unjudged, int metrics) {
}
