package dev.cadence.nrr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.web.NumberFormatter;
import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The retention arithmetic, and amounts read and shown. */
class NrrFiguresTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void nrrAndGrrAreTheComponentsOverTheStartingArr() {
        NrrFigures f = new NrrFigures(d("40000000"), d("1100000"), d("400000"), d("2300000"));
        // (40.0 + 2.3 − 0.4 − 1.1) / 40.0 = 1.02; (40.0 − 0.4 − 1.1) / 40.0 = 0.9625
        assertThat(f.nrr()).isEqualByComparingTo("1.02");
        assertThat(f.grr()).isEqualByComparingTo("0.9625");
        assertThat(f.endingArr()).isEqualByComparingTo("40800000");
        assertThat(f.nrrShown()).isEqualTo("102.0%");
        assertThat(f.grrShown()).isEqualTo("96.3%");
    }

    @Test
    void forecastAgainstActualIsInPercentagePoints() {
        NrrFigures forecast = new NrrFigures(d("40600000"), d("1100000"), d("410000"), d("2250000"));
        NrrFigures actual = new NrrFigures(d("40600000"), d("1140000"), d("390000"), d("2310000"));
        assertThat(forecast.nrrShown()).isEqualTo("101.8%");
        assertThat(actual.nrrShown()).isEqualTo("101.9%");
        assertThat(NrrFigures.points(actual.nrr(), forecast.nrr())).isEqualTo("+0.1 pts");
        assertThat(NrrFigures.points(actual.grr(), forecast.grr())).isEqualTo("±0.0 pts");
        assertThat(NrrFigures.points(forecast.nrr(), actual.nrr())).isEqualTo("−0.1 pts");
        assertThat(NrrFigures.points(null, forecast.nrr())).isNull();
    }

    @Test
    void aZeroOrMissingStartHasNoRetentionRatherThanADivisionByZero() {
        NrrFigures zero = new NrrFigures(BigDecimal.ZERO, d("0"), d("0"), d("50000"));
        assertThat(zero.nrr()).isNull();
        assertThat(zero.grr()).isNull();
        assertThat(zero.hasBase()).isFalse();
        assertThat(zero.nrrShown()).isEqualTo("—");
        assertThat(new NrrFigures(null, d("1"), d("1"), d("1")).nrr()).isNull();
        // ending ARR is still known with a zero start: what expansion added
        assertThat(zero.endingArr()).isEqualByComparingTo("50000");
    }

    @Test
    void grrNeedsChurnAndContractionAndNrrNeedsAllThree() {
        NrrFigures noExpansion = new NrrFigures(d("1000000"), d("100000"), d("50000"), null);
        assertThat(noExpansion.grr()).isEqualByComparingTo("0.85");
        assertThat(noExpansion.nrr()).isNull();
        assertThat(new NrrFigures(d("1000000"), null, d("50000"), d("1")).grr()).isNull();
    }

    @Test
    void retentionCanFallBelowZeroAndRiseAboveTwoHundredPercent() {
        assertThat(new NrrFigures(d("100"), d("150"), d("0"), d("0")).nrrShown()).isEqualTo("-50.0%");
        assertThat(new NrrFigures(d("100"), d("0"), d("0"), d("150")).nrrShown()).isEqualTo("250.0%");
    }

    @Test
    void amountsAreReadAsPeopleTypeThemAndRefusedWhenTheyAreNoDollars() {
        NumberFormatter numbers = new NumberFormatter();
        assertThat(Money.read(numbers.read("$120k"), "amount", "The forecast")).isEqualByComparingTo("120000");
        assertThat(Money.read(numbers.read("1,200,000"), "amount", "The forecast")).isEqualByComparingTo("1200000");
        assertThat(Money.read(numbers.read("$1.25M"), "amount", "The forecast")).isEqualByComparingTo("1250000");
        assertThatThrownBy(() -> Money.read(numbers.read("12%"), "amount", "The forecast"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not an amount of dollars")
                .extracting("field").isEqualTo("amount");
        assertThatThrownBy(() -> Money.read(numbers.read("-5000"), "amount", "The forecast")).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> Money.read(numbers.read("10.001"), "amount", "The forecast")).hasMessageContaining("2 decimals");
        assertThatThrownBy(() -> Money.read(numbers.read("1e15"), "amount", "The forecast")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Money.read(null, "amount", "The forecast")).hasMessageContaining("is needed");
    }

    @Test
    void amountsShowInFullAndBriefly() {
        assertThat(Money.full(d("1240000.40"))).isEqualTo("$1,240,000");
        assertThat(Money.full(d("-70000"))).isEqualTo("−$70,000");
        assertThat(Money.brief(d("42300000"))).isEqualTo("$42.3M");
        assertThat(Money.brief(d("1250000"))).isEqualTo("$1.25M");
        assertThat(Money.brief(d("420000"))).isEqualTo("$420K");
        assertThat(Money.brief(d("900"))).isEqualTo("$900");
        assertThat(Money.brief(null)).isEqualTo("—");
    }

    @Test
    void theChartsAxisEndsOnARoundNumberAboveTheLargestAmount() {
        assertThat(NrrChart.niceCeiling(d("2310000"))).isEqualByComparingTo("3000000");
        assertThat(NrrChart.niceCeiling(d("1280000"))).isEqualByComparingTo("1500000");
        assertThat(NrrChart.niceCeiling(BigDecimal.ZERO)).isEqualByComparingTo("100000");
    }
}
