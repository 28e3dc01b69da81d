package dev.cadence.pipeline;

import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a deal went between two snapshots, for a fiscal quarter. <em>Start</em> is the open pipeline closing in the
 * quarter at the first snapshot, <em>end</em> the same at the second. Each deal in start or in end falls into
 * exactly one movement bucket, tried in this order:
 * <ol>
 *     <li>{@link #WON}: in start, won at the second snapshot (whatever its close date now);</li>
 *     <li>{@link #LOST}: in start, lost;</li>
 *     <li>{@link #REMOVED}: in start, absent from the second snapshot, or still open but now closing before the quarter;</li>
 *     <li>{@link #PUSHED_OUT}: in start, still open, now closing after the quarter;</li>
 *     <li>{@link #STAYED}: in start and in end (its amount change is counted apart: {@link #INCREASED} or {@link #DECREASED});</li>
 *     <li>{@link #NEW}: in end, absent from the first snapshot;</li>
 *     <li>{@link #PULLED_IN}: in end, in the first snapshot but not in start (closing before or after the quarter, or
 *         closed then and reopened since).</li>
 * </ol>
 * Outflows count the deal's amount at the first snapshot, inflows its amount at the second, so
 * {@code start + new + pulled in + increased − decreased − pushed out − won − lost − removed = end} to the cent.
 * A deal in neither start nor end moves nothing; of those, the ones won at the second snapshot with a close date in the
 * quarter (and not already won at the first) are told apart as {@link #WON_OUTSIDE}, an informational line outside the
 * waterfall: created (or pulled in) and won between the two snapshots.
 * {@link FlowReads} classifies in SQL in the same order; this is its Java mirror, for tests and for the record.
 */
public enum FlowBucket {
    NEW("New", Direction.IN),
    PULLED_IN("Pulled in", Direction.IN),
    INCREASED("Amount increased", Direction.IN),
    DECREASED("Amount decreased", Direction.OUT),
    PUSHED_OUT("Pushed out", Direction.OUT),
    WON("Won", Direction.OUT),
    LOST("Lost", Direction.OUT),
    REMOVED("Removed", Direction.OUT),
    STAYED("Stayed in the quarter", Direction.NONE),
    WON_OUTSIDE("Won, not in start", Direction.NONE);

    public enum Direction { IN, OUT, NONE }

    private final String label;
    private final Direction direction;

    FlowBucket(String label, Direction direction) {
        this.label = label;
        this.direction = direction;
    }

    public String label() {
        return label;
    }

    public Direction direction() {
        return direction;
    }

    /** As URLs and the API write it: {@code pushed_out}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One deal is in exactly one of these (amount changes are not movements). */
    public boolean movement() {
        return this != INCREASED && this != DECREASED && this != WON_OUTSIDE;
    }

    public static FlowBucket ofParam(String param) {
        return Arrays.stream(values()).filter(b -> b.param().equals(param == null ? "" : param.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new RuleViolationException("bucket", "\"" + param + "\" is not a flow bucket: one of "
                        + Arrays.stream(values()).map(FlowBucket::param).collect(Collectors.joining(", ")) + "."));
    }

    /** A deal as one snapshot shows it: whether it is open, won or lost, when it closes, its amount. */
    public record Side(StageMeaning.Outcome outcome, LocalDate closeDate, BigDecimal amount) {

        boolean openWithin(LocalDate start, LocalDate end) {
            return outcome == StageMeaning.Outcome.OPEN && !closeDate.isBefore(start) && !closeDate.isAfter(end);
        }
    }

    /**
     * The bucket of a deal as the snapshots {@code from} and {@code to} show it ({@code null} where it is absent), for
     * the quarter from {@code start} to {@code end}; {@code null} when it moves nothing (in neither start nor end).
     */
    public static FlowBucket classify(Side from, Side to, LocalDate start, LocalDate end) {
        boolean inStart = from != null && from.openWithin(start, end);
        boolean inEnd = to != null && to.openWithin(start, end);
        if (inStart) {
            if (to != null && to.outcome() == StageMeaning.Outcome.WON) {
                return WON;
            }
            if (to != null && to.outcome() == StageMeaning.Outcome.LOST) {
                return LOST;
            }
            if (to == null || to.closeDate().isBefore(start)) {
                return REMOVED;
            }
            if (to.closeDate().isAfter(end)) {
                return PUSHED_OUT;
            }
            return STAYED;
        }
        if (inEnd) {
            return from == null ? NEW : PULLED_IN;
        }
        if (to != null && to.outcome() == StageMeaning.Outcome.WON && !to.closeDate().isBefore(start) && !to.closeDate().isAfter(end)
                && (from == null || from.outcome() != StageMeaning.Outcome.WON)) {
            return WON_OUTSIDE;
        }
        return null;
    }

    /** The amount change counted apart for a deal that {@link #STAYED}: INCREASED, DECREASED or none. */
    public static FlowBucket amountChange(Side from, Side to) {
        int change = to.amount().compareTo(from.amount());
        return change > 0 ? INCREASED : change < 0 ? DECREASED : null;
    }
}
