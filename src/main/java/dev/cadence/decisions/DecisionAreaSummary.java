package dev.cadence.decisions;

/**
 * A decision area for pick-lists.
 *
 * @param status      {@code DRAFT}, {@code AGREED} or {@code LOCKED}
 * @param deciderName who holds Decide, or {@code null} when nobody does yet
 */
public record DecisionAreaSummary(long id, String name, String status, String deciderName, Long deciderId) {
}
