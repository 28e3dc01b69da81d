package dev.cadence.scorecard;

import static dev.cadence.scorecard.Direction.HIGHER_IS_BETTER;
import static dev.cadence.scorecard.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdsTest {

    @ParameterizedTest(name = "band {0}%, {1}, target {2}, value {3}: {4}")
    @CsvSource({
            // Higher is better, target 100, band 10%: on track from 100, at risk from 90.
            "10, HIGHER_IS_BETTER, 100, 150,    ON_TRACK",
            "10, HIGHER_IS_BETTER, 100, 100.01, ON_TRACK",
            "10, HIGHER_IS_BETTER, 100, 100,    ON_TRACK",
            "10, HIGHER_IS_BETTER, 100, 100.000, ON_TRACK",
            "10, HIGHER_IS_BETTER, 100, 99.99,  AT_RISK",
            "10, HIGHER_IS_BETTER, 100, 90.01,  AT_RISK",
            "10, HIGHER_IS_BETTER, 100, 90,     AT_RISK",
            "10, HIGHER_IS_BETTER, 100, 89.99,  OFF_TRACK",
            "10, HIGHER_IS_BETTER, 100, 0,      OFF_TRACK",
            "10, HIGHER_IS_BETTER, 100, -5,     OFF_TRACK",
            // Lower is better, a 60-day sales cycle, band 10%: on track up to 60, at risk up to 66.
            "10, LOWER_IS_BETTER,  60,  0,      ON_TRACK",
            "10, LOWER_IS_BETTER,  60,  59.99,  ON_TRACK",
            "10, LOWER_IS_BETTER,  60,  60,     ON_TRACK",
            "10, LOWER_IS_BETTER,  60,  60.01,  AT_RISK",
            "10, LOWER_IS_BETTER,  60,  65.99,  AT_RISK",
            "10, LOWER_IS_BETTER,  60,  66,     AT_RISK",
            "10, LOWER_IS_BETTER,  60,  66.01,  OFF_TRACK",
            "10, LOWER_IS_BETTER,  60,  120,    OFF_TRACK",
            // A win rate as a fraction: 25% target, at risk down to 22.5%.
            "10, HIGHER_IS_BETTER, 0.25, 0.25,   ON_TRACK",
            "10, HIGHER_IS_BETTER, 0.25, 0.2499, AT_RISK",
            "10, HIGHER_IS_BETTER, 0.25, 0.225,  AT_RISK",
            "10, HIGHER_IS_BETTER, 0.25, 0.2249, OFF_TRACK",
            // Negative target, higher is better (net burn of -500k): the band still opens downwards, to -550.
            "10, HIGHER_IS_BETTER, -500, -400,    ON_TRACK",
            "10, HIGHER_IS_BETTER, -500, -500,    ON_TRACK",
            "10, HIGHER_IS_BETTER, -500, -500.01, AT_RISK",
            "10, HIGHER_IS_BETTER, -500, -550,    AT_RISK",
            "10, HIGHER_IS_BETTER, -500, -550.01, OFF_TRACK",
            // Negative target, lower is better: the band opens upwards, to -450.
            "10, LOWER_IS_BETTER,  -500, -600,    ON_TRACK",
            "10, LOWER_IS_BETTER,  -500, -500,    ON_TRACK",
            "10, LOWER_IS_BETTER,  -500, -499.99, AT_RISK",
            "10, LOWER_IS_BETTER,  -500, -450,    AT_RISK",
            "10, LOWER_IS_BETTER,  -500, -449.99, OFF_TRACK",
            "10, LOWER_IS_BETTER,  -500, 0,       OFF_TRACK",
            // Target zero: no band, so meeting or beating it is on track and any miss is off track.
            "10, HIGHER_IS_BETTER, 0, 0,     ON_TRACK",
            "10, HIGHER_IS_BETTER, 0, 0.01,  ON_TRACK",
            "10, HIGHER_IS_BETTER, 0, -0.01, OFF_TRACK",
            "10, LOWER_IS_BETTER,  0, 0,     ON_TRACK",
            "10, LOWER_IS_BETTER,  0, -0.01, ON_TRACK",
            "10, LOWER_IS_BETTER,  0, 0.01,  OFF_TRACK",
            "10, LOWER_IS_BETTER,  0.00, 0.000001, OFF_TRACK",
            // Band 0: on or off track, never at risk.
            "0, HIGHER_IS_BETTER, 100, 100,   ON_TRACK",
            "0, HIGHER_IS_BETTER, 100, 99.99, OFF_TRACK",
            "0, LOWER_IS_BETTER,  60,  60.01, OFF_TRACK",
            // Band 100: at risk all the way down to zero (higher) or up to twice the target (lower).
            "100, HIGHER_IS_BETTER, 100, 0,      AT_RISK",
            "100, HIGHER_IS_BETTER, 100, -0.01,  OFF_TRACK",
            "100, LOWER_IS_BETTER,  60,  120,    AT_RISK",
            "100, LOWER_IS_BETTER,  60,  120.01, OFF_TRACK",
            // A fractional band, computed exactly: 2.5% of 40 is 1.
            "2.5, HIGHER_IS_BETTER, 40, 39,      AT_RISK",
            "2.5, HIGHER_IS_BETTER, 40, 38.9999, OFF_TRACK",
            "2.5, LOWER_IS_BETTER,  40, 41,      AT_RISK",
            "2.5, LOWER_IS_BETTER,  40, 41.0001, OFF_TRACK",
            // Exact decimals: 10% of 0.3 is 0.03 exactly (0.1 + 0.2 style rounding would misjudge 0.27).
            "10, HIGHER_IS_BETTER, 0.3, 0.27,  AT_RISK",
            "10, LOWER_IS_BETTER,  0.3, 0.33,  AT_RISK",
            // ARR in dollars: a $40M target with a 5% band is at risk down to $38M.
            "5, HIGHER_IS_BETTER, 40000000, 38000000,    AT_RISK",
            "5, HIGHER_IS_BETTER, 40000000, 37999999.99, OFF_TRACK",
    })
    void judgesAValueAgainstItsTarget(BigDecimal band, Direction direction, BigDecimal target, BigDecimal value,
            MetricStatus expected) {
        assertThat(new Thresholds(band).statusOf(value, target, direction)).isEqualTo(expected);
    }

    @Test
    void aMissingValueOrTargetLeavesNothingToJudge() {
        Thresholds thresholds = new Thresholds(BigDecimal.TEN);
        assertThat(thresholds.statusOf(null, new BigDecimal("100"), HIGHER_IS_BETTER)).isEqualTo(MetricStatus.NO_VALUE);
        assertThat(thresholds.statusOf(new BigDecimal("100"), null, LOWER_IS_BETTER)).isEqualTo(MetricStatus.NO_TARGET);
        // Both missing: the value is what someone must supply this week.
        assertThat(thresholds.statusOf(null, null, HIGHER_IS_BETTER)).isEqualTo(MetricStatus.NO_VALUE);
    }

    @Test
    void aDirectionIsNeeded() {
        assertThatThrownBy(() -> new Thresholds(BigDecimal.TEN).statusOf(BigDecimal.ONE, BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A metric's direction is needed to judge its value.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-10", "100.01", "250"})
    void refusesABandOutside0To100Percent(String band) {
        assertThatThrownBy(() -> new Thresholds(new BigDecimal(band)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The at-risk band is a percentage from 0 to 100, not " + band + ".");
    }

    @Test
    void refusesAMissingBand() {
        assertThatThrownBy(() -> new Thresholds(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The at-risk band is needed: a percentage from 0 to 100.");
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({"0, 0", "0.00, 0", "100, 100", "100.000, 100", "10, 10", "1E+1, 10", "12.50, 12.5", "0.5, 0.5"})
    void keepsOneFormOfEachBandSoEqualBandsAreEqual(BigDecimal band, String kept) {
        Thresholds thresholds = new Thresholds(band);
        assertThat(thresholds.atRiskBandPercent().toString()).isEqualTo(kept);
        assertThat(thresholds).isEqualTo(new Thresholds(new BigDecimal(kept)));
        assertThat(thresholds.hashCode()).isEqualTo(new Thresholds(new BigDecimal(kept)).hashCode());
    }
}
