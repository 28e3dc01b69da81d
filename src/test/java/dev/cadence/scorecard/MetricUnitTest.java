package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.web.NumberFormatter;
import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MetricUnitTest {

    @ParameterizedTest
    @CsvSource({
            "CURRENCY, 142000, $142K",
            "CURRENCY, 112140, $112K",
            "CURRENCY, 89600, $89.6K",
            "CURRENCY, 48000, $48K",
            "CURRENCY, 9500, '$9,500'",
            "CURRENCY, 1250000, $1.25M",
            "CURRENCY, -20000, −$20K",
            "PERCENT, 26.5, 26.5%",
            "PERCENT, 0.85, 0.9%",
            "PERCENT, 112, 112%",
            "DAYS, 71.6, 72 d",
            "RATIO, 2.4, 2.4×",
            "RATIO, 3.125, 3.13×",
            "COUNT, 1204, '1,204'",
            "COUNT, 1234567, '1,234,567'",
            "COUNT, 999, 999",
            "COUNT, 0.4, 0",
            "COUNT, -1204, '-1,204'",
            "PERCENT, 1234.56, '1,234.6%'",
            "PERCENT, 20.04, 20%",
            "RATIO, 0.005, 0.01×",
            "CURRENCY, 0, $0"
    })
    void formatsValuesTheWayExecutivesReadThem(MetricUnit unit, String value, String expected) {
        assertThat(unit.format(new BigDecimal(value))).isEqualTo(expected);
    }

    private final NumberFormatter numbers = new NumberFormatter();

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // unit   | typed     | stored
            "CURRENCY | $1,200    | 1200",
            "CURRENCY | 1200      | 1200",
            "CURRENCY | 450k      | 450000",
            "CURRENCY | $1.2M     | 1200000",
            "CURRENCY | 1.2m      | 1200000",
            "CURRENCY | −$20K     | -20000",
            "CURRENCY | 0.0001    | 0.0001",
            "PERCENT  | 41.5      | 41.5",
            "PERCENT  | 41.5%     | 41.5",
            "PERCENT  | 112%      | 112",
            "PERCENT  | 0         | 0",
            "COUNT    | 1,204     | 1204",
            "COUNT    | 12k       | 12000",
            "COUNT    | -3        | -3",
            "DAYS     | 41        | 41",
            "DAYS     | 41 d      | 41",
            "DAYS     | 41 days   | 41",
            "RATIO    | 3.2       | 3.2",
            "RATIO    | 3.2×      | 3.2",
            "RATIO    | 3.2x      | 3.2"})
    void readsWhatAPersonWouldTypeForTheUnit(MetricUnit unit, String typed, String stored) {
        assertThat(unit.read(numbers.read(typed), "value")).isEqualByComparingTo(stored);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // unit   | typed   | refusal
            "CURRENCY | 12%     | \"12%\" is not an amount in dollars: write it like $1,200 or $1.2M.",
            "CURRENCY | 3.2×    | \"3.2×\" is not an amount in dollars: write it like $1,200 or $1.2M.",
            "CURRENCY | 41 d    | \"41 d\" is not an amount in dollars: write it like $1,200 or $1.2M.",
            "PERCENT  | $12     | \"$12\" is not a percentage: write it like 41.5 or 41.5%.",
            "PERCENT  | 12k     | \"12k\" is not a percentage: write it like 41.5 or 41.5%.",
            "PERCENT  | -5      | \"-5\" is negative, and a percentage cannot be: write 0 or more, like 41.5 or 41.5%.",
            "PERCENT  | -5%     | \"-5%\" is negative, and a percentage cannot be: write 0 or more, like 41.5 or 41.5%.",
            "COUNT    | $12     | \"$12\" is not a count: write it like 1,204 or 12k.",
            "COUNT    | 12%     | \"12%\" is not a count: write it like 1,204 or 12k.",
            "DAYS     | 1.2m    | \"1.2m\" is not a number of days: write it like 41 or 41 d.",
            "DAYS     | -2      | \"-2\" is negative, and a number of days cannot be: write 0 or more, like 41 or 41 d.",
            "RATIO    | 12%     | \"12%\" is not a ratio: write it like 3.2 or 3.2×.",
            "RATIO    | -0.5x   | \"-0.5x\" is negative, and a ratio cannot be: write 0 or more, like 3.2 or 3.2×."})
    void refusesWhatDoesNotFitTheUnitSayingHowToWriteIt(MetricUnit unit, String typed, String refusal) {
        assertThatThrownBy(() -> unit.read(numbers.read(typed), "target"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage(refusal)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("target"));
    }

    @ParameterizedTest
    @EnumSource(MetricUnit.class)
    void neverRoundsAwayDecimalsTheColumnCannotKeepButSaysHowManyItKeeps(MetricUnit unit) {
        assertThatThrownBy(() -> unit.read(numbers.read("0.00001"), "value"))
                .hasMessage("0.00001 has more decimals than Cadence keeps: up to 4 after the decimal point "
                        + "(0.0001 is the smallest step). Round it to 4 decimals.");
        assertThatThrownBy(() -> unit.read(new BigDecimal("1E-30"), "value"))
                .hasMessageStartingWith("That number has more decimals than Cadence keeps");
        assertThatThrownBy(() -> unit.read(numbers.read("1e15"), "value")).hasMessage(StoredNumbers.tooLarge());
        assertThatThrownBy(() -> unit.read(new BigDecimal("123456789012345678901234567890"), "value"))
                .hasMessage(StoredNumbers.tooLarge());
        assertThat(unit.read(numbers.read("12.3400000"), "value")).isEqualByComparingTo("12.34");
    }

    @Test
    void whatTheScorecardShowsReadsBackForItsUnit() {
        for (MetricUnit unit : MetricUnit.values()) {
            for (String value : new String[] {"1204", "26.5", "3.1", "9500", "1250000", "0"}) {
                String shown = unit.format(new BigDecimal(value));
                assertThat(unit.read(numbers.read(shown), "value")).as(unit + " shows " + shown).isNotNull();
            }
        }
    }

    /** A value at risk never reads as its target: both get the decimals that tell them apart, and the status agrees. */
    @Test
    void aValueAndItsTargetAreWrittenAlikeAndNeverReadTheSameWhenTheyDiffer() {
        Thresholds band = new Thresholds(BigDecimal.TEN);
        BigDecimal value = new BigDecimal("0.38");
        BigDecimal target = new BigDecimal("0.4");
        assertThat(band.statusOf(value, target, Direction.HIGHER_IS_BETTER)).isEqualTo(MetricStatus.AT_RISK);
        assertThat(MetricUnit.PERCENT.format(value)).isEqualTo(MetricUnit.PERCENT.format(target)).isEqualTo("0.4%");
        assertThat(MetricUnit.PERCENT.formatBeside(value, target)).isEqualTo(new MetricUnit.Shown("0.38%", "0.40%"));

        assertThat(MetricUnit.CURRENCY.formatBeside(new BigDecimal("1199000"), new BigDecimal("1200000")))
                .isEqualTo(new MetricUnit.Shown("$1.199M", "$1.200M"));
        assertThat(MetricUnit.RATIO.formatBeside(new BigDecimal("2.996"), new BigDecimal("3")))
                .isEqualTo(new MetricUnit.Shown("2.996×", "3.000×"));
        // Apart already, or equal: written as usual.
        assertThat(MetricUnit.PERCENT.formatBeside(new BigDecimal("18"), new BigDecimal("25"))).isEqualTo(new MetricUnit.Shown("18%", "25%"));
        assertThat(MetricUnit.PERCENT.formatBeside(new BigDecimal("25.0"), new BigDecimal("25"))).isEqualTo(new MetricUnit.Shown("25%", "25%"));
        assertThat(MetricUnit.CURRENCY.formatBeside(null, new BigDecimal("1200000"))).isEqualTo(new MetricUnit.Shown("", "$1.2M"));
    }
}
