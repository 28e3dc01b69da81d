package dev.cadence.experiments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule that judges an experiment from the scorecard's values over its window, with no database: the primary
 * metric against its success criterion, each guardrail against its limit, and the verdict. Periods without a value
 * are left out and named; a guardrail is breached when any period of the window crosses its limit.
 */
final class Verdicts {

    /** An average keeps this many decimals, as the scorecard keeps values. */
    static final int SCALE = 4;

    private Verdicts() {
    }

    /**
     * The primary metric over the window.
     *
     * @param periods the window's period keys, oldest first
     * @param values  the metric's values by period key (periods without a value are absent)
     */
    static PrimaryReading primary(Bound bound, BigDecimal threshold, Measure measure, List<String> periods,
                                  Map<String, BigDecimal> values) {
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String p : periods) {
            (values.get(p) == null ? missing : present).add(p);
        }
        if (present.isEmpty()) {
            return new PrimaryReading(null, null, 0, periods.size(), missing, false, true);
        }
        BigDecimal observed;
        String at = null;
        switch (measure) {
            case AVERAGE -> {
                BigDecimal sum = present.stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add);
                observed = sum.divide(BigDecimal.valueOf(present.size()), SCALE, RoundingMode.HALF_UP);
            }
            case LAST -> {
                at = present.get(present.size() - 1);
                observed = values.get(at);
            }
            case EVERY -> {
                observed = null;
                for (String p : present) {
                    BigDecimal worse = bound.worse(observed, values.get(p));
                    if (observed == null || worse.compareTo(observed) != 0) {
                        at = p;
                    }
                    observed = worse;
                }
            }
            default -> throw new IllegalStateException(measure.name());
        }
        return new PrimaryReading(observed, at, present.size(), periods.size(), missing, bound.holds(observed, threshold), false);
    }

    /** A guardrail over the window: breached when any period's value crosses the limit. */
    static GuardrailReading guardrail(Bound bound, BigDecimal limit, List<String> periods, Map<String, BigDecimal> values) {
        List<String> missing = new ArrayList<>();
        List<String> crossed = new ArrayList<>();
        BigDecimal worst = null;
        String worstPeriod = null;
        for (String p : periods) {
            BigDecimal v = values.get(p);
            if (v == null) {
                missing.add(p);
                continue;
            }
            if (!bound.holds(v, limit)) {
                crossed.add(p);
            }
            BigDecimal worse = bound.worse(worst, v);
            if (worst == null || worse.compareTo(worst) != 0) {
                worstPeriod = p;
            }
            worst = worse;
        }
        return new GuardrailReading(worst, worstPeriod, crossed, missing, !crossed.isEmpty(), worst == null);
    }

    /** A breached guardrail decides whatever the criterion; then no data, met or not met. */
    static Verdict verdict(PrimaryReading primary, List<GuardrailReading> guardrails) {
        if (guardrails.stream().anyMatch(GuardrailReading::breached)) {
            return Verdict.GUARDRAIL_BREACHED;
        }
        if (primary.noData()) {
            return Verdict.NO_DATA;
        }
        return primary.met() ? Verdict.MET : Verdict.NOT_MET;
    }

    /**
     * @param observed       the average, the worst or the newest value, as the measure says ({@code null}: no value)
     * @param observedPeriod the period of a worst or newest value ({@code null} for an average)
     * @param missing        the window's periods with no value
     */
    record PrimaryReading(BigDecimal observed, String observedPeriod, int periodsWithValues, int periods, List<String> missing,
                          boolean met, boolean noData) {
    }

    /**
     * @param worst   the value furthest on the wrong side of the limit (or nearest to it), {@code null} without values
     * @param crossed the periods whose value crossed the limit
     */
    record GuardrailReading(BigDecimal worst, String worstPeriod, List<String> crossed, List<String> missing, boolean breached,
                            boolean noData) {
    }
}
