package dev.cadence.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.period.Cadence;
import dev.cadence.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdict from the scorecard's values over a window, against values computed by hand. */
class VerdictsTest {

    private static final List<String> WEEKS = List.of("2026-W40", "2026-W41", "2026-W42", "2026-W43");

    private static Map<String, BigDecimal> values(String... byWeek) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (int i = 0; i < byWeek.length; i++) {
            if (byWeek[i] != null) {
                out.put(WEEKS.get(i), new BigDecimal(byWeek[i]));
            }
        }
        return out;
    }

    @Test
    void theAverageOfTheWindowMeetsTheThreshold() {
        // (24.0 + 25.5 + 23.1 + 24.4) / 4 = 97.0 / 4 = 24.25 ≥ 24
        Verdicts.PrimaryReading r = Verdicts.primary(Bound.AT_LEAST, new BigDecimal("24"), Measure.AVERAGE, WEEKS,
                values("24.0", "25.5", "23.1", "24.4"));
        assertThat(r.observed()).isEqualByComparingTo("24.25");
        assertThat(r.met()).isTrue();
        assertThat(r.periodsWithValues()).isEqualTo(4);
        assertThat(Verdicts.verdict(r, List.of())).isEqualTo(Verdict.MET);
    }

    @Test
    void anAverageBelowTheThresholdIsNotMet() {
        // (23.0 + 24.5 + 23.1 + 24.4) / 4 = 95.0 / 4 = 23.75 < 24
        Verdicts.PrimaryReading r = Verdicts.primary(Bound.AT_LEAST, new BigDecimal("24"), Measure.AVERAGE, WEEKS,
                values("23.0", "24.5", "23.1", "24.4"));
        assertThat(r.observed()).isEqualByComparingTo("23.75");
        assertThat(Verdicts.verdict(r, List.of())).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void periodsWithoutAValueAreLeftOutAndNamed() {
        // (24.0 + 23.1 + 24.4) / 3 = 71.5 / 3 = 23.8333 < 24: the missing 25.5 would have made it 24.25
        Verdicts.PrimaryReading r = Verdicts.primary(Bound.AT_LEAST, new BigDecimal("24"), Measure.AVERAGE, WEEKS,
                values("24.0", null, "23.1", "24.4"));
        assertThat(r.observed()).isEqualByComparingTo("23.8333");
        assertThat(r.missing()).containsExactly("2026-W41");
        assertThat(r.met()).isFalse();
    }

    @Test
    void aThresholdReachedExactlyIsMetAndAtMostCountsDownwards() {
        assertThat(Verdicts.primary(Bound.AT_LEAST, new BigDecimal("24"), Measure.AVERAGE, WEEKS,
                values("23", "25", "24", "24")).met()).isTrue();
        // churn at most 2%: (1.8 + 2.1 + 2.0 + 1.9) / 4 = 7.8 / 4 = 1.95 ≤ 2
        Verdicts.PrimaryReading churn = Verdicts.primary(Bound.AT_MOST, new BigDecimal("2"), Measure.AVERAGE, WEEKS,
                values("1.8", "2.1", "2.0", "1.9"));
        assertThat(churn.observed()).isEqualByComparingTo("1.95");
        assertThat(churn.met()).isTrue();
    }

    @Test
    void everyPeriodMustMeetItAndTheWorstIsNamed() {
        Verdicts.PrimaryReading r = Verdicts.primary(Bound.AT_LEAST, new BigDecimal("24"), Measure.EVERY, WEEKS,
                values("24.0", "25.5", "23.1", "24.4"));
        assertThat(r.observed()).isEqualByComparingTo("23.1");
        assertThat(r.observedPeriod()).isEqualTo("2026-W42");
        assertThat(r.met()).isFalse();
        Verdicts.PrimaryReading atMost = Verdicts.primary(Bound.AT_MOST, new BigDecimal("2"), Measure.EVERY, WEEKS,
                values("1.8", "1.9", "2.0", "1.7"));
        assertThat(atMost.observed()).isEqualByComparingTo("2.0");
        assertThat(atMost.observedPeriod()).isEqualTo("2026-W42");
        assertThat(atMost.met()).isTrue();
    }

    @Test
    void theLastMeasureReadsTheNewestValueInTheWindow() {
        Verdicts.PrimaryReading r = Verdicts.primary(Bound.AT_LEAST, new BigDecimal("24"), Measure.LAST, WEEKS,
                values("20", "21", "24.5", null));
        assertThat(r.observed()).isEqualByComparingTo("24.5");
        assertThat(r.observedPeriod()).isEqualTo("2026-W42");
        assertThat(r.met()).isTrue();
    }

    @Test
    void noValueInTheWindowIsNoData() {
        Verdicts.PrimaryReading r = Verdicts.primary(Bound.AT_LEAST, new BigDecimal("24"), Measure.AVERAGE, WEEKS, values());
        assertThat(r.noData()).isTrue();
        assertThat(r.missing()).hasSize(4);
        assertThat(Verdicts.verdict(r, List.of())).isEqualTo(Verdict.NO_DATA);
    }

    @Test
    void aGuardrailCrossedInAnyPeriodIsBreachedWhateverTheCriterion() {
        Verdicts.PrimaryReading met = Verdicts.primary(Bound.AT_LEAST, new BigDecimal("24"), Measure.AVERAGE, WEEKS,
                values("24.0", "25.5", "23.1", "24.4"));
        // churn must stay ≤ 2.0: 2.3 in W42 crosses it (the average, 1.95, would not)
        Verdicts.GuardrailReading churn = Verdicts.guardrail(Bound.AT_MOST, new BigDecimal("2.0"), WEEKS,
                values("1.7", "1.8", "2.3", "2.0"));
        assertThat(churn.breached()).isTrue();
        assertThat(churn.crossed()).containsExactly("2026-W42");
        assertThat(churn.worst()).isEqualByComparingTo("2.3");
        assertThat(Verdicts.verdict(met, List.of(churn))).isEqualTo(Verdict.GUARDRAIL_BREACHED);

        // a value at the limit holds it; a guardrail without values neither holds nor breaches
        Verdicts.GuardrailReading held = Verdicts.guardrail(Bound.AT_MOST, new BigDecimal("2.0"), WEEKS, values("1.7", "2.0", null, "1.9"));
        assertThat(held.breached()).isFalse();
        assertThat(held.worst()).isEqualByComparingTo("2.0");
        assertThat(held.missing()).containsExactly("2026-W42");
        Verdicts.GuardrailReading none = Verdicts.guardrail(Bound.AT_LEAST, new BigDecimal("40000"), WEEKS, values());
        assertThat(none.noData()).isTrue();
        assertThat(Verdicts.verdict(met, List.of(held, none))).isEqualTo(Verdict.MET);
    }

    @Test
    void aDecisionAgainstTheVerdictIsTheOneItDoesNotSupport() {
        assertThat(Verdict.MET.supports(Resolution.SCALE)).isTrue();
        assertThat(Verdict.MET.supports(Resolution.ITERATE)).isTrue();
        assertThat(Verdict.MET.supports(Resolution.RETIRE)).isFalse();
        assertThat(Verdict.NOT_MET.supports(Resolution.SCALE)).isFalse();
        assertThat(Verdict.NOT_MET.supports(Resolution.RETIRE)).isTrue();
        assertThat(Verdict.GUARDRAIL_BREACHED.supports(Resolution.SCALE)).isFalse();
        assertThat(Verdict.NO_DATA.supports(Resolution.ITERATE)).isTrue();
        assertThat(Verdict.NO_DATA.supports(Resolution.RETIRE)).isFalse();
        assertThat(Verdict.NOT_MET.supportedWords()).isEqualTo("iterate or retire");
    }

    @Test
    void theWindowIsTheLastPeriodsEndingWithTheOneThatHoldsTheLastDay() {
        // Sunday 25 Oct 2026 is in 2026-W43: six weeks back from it start with 2026-W38 (14 Sep)
        ExperimentWindow w = ExperimentWindow.of(Cadence.WEEKLY, 6, LocalDate.of(2026, 10, 25), 2);
        assertThat(w.periods()).extracting(Period::key).containsExactly("2026-W38", "2026-W39", "2026-W40", "2026-W41", "2026-W42", "2026-W43");
        assertThat(w.from()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(w.to()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(w.periodsOf(Cadence.MONTHLY, 2)).extracting(Period::key).containsExactly("2026-09", "2026-10");
        assertThat(ExperimentWindow.begunBy(w.periods(), LocalDate.of(2026, 9, 28))).extracting(Period::key)
                .containsExactly("2026-W38", "2026-W39", "2026-W40");
        // Ended early, in its second week (it began on Monday 12 Oct): judged on its own two weeks only.
        ExperimentWindow early = ExperimentWindow.of(Cadence.WEEKLY, 6, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 21), 2);
        assertThat(early.periods()).extracting(Period::key).containsExactly("2026-W42", "2026-W43");
        // A full run keeps its whole window.
        assertThat(ExperimentWindow.of(Cadence.WEEKLY, 6, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 25), 2).periods()).hasSize(6);
    }
}
