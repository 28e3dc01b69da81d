package dev.cadence.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accuracy arithmetic, the weeks of a quarter and the sentence the accuracy page leads with. */
class AccuracyTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void accuracyIsOneMinusTheMissOverTheActual() {
        assertThat(Accuracy.of(d("920000"), d("1000000"))).isEqualByComparingTo("0.92");
        assertThat(Accuracy.of(d("1080000"), d("1000000"))).isEqualByComparingTo("0.92");
        assertThat(Accuracy.of(d("1000000"), d("1000000"))).isEqualByComparingTo("1");
        assertThat(Accuracy.of(d("1"), d("3"))).isEqualByComparingTo("0.3333");
    }

    @Test
    void aCallMoreThanTwiceTheActualIsZeroNeverNegative() {
        assertThat(Accuracy.of(d("2000000"), d("1000000"))).isEqualByComparingTo("0");
        assertThat(Accuracy.of(d("3500000"), d("1000000"))).isEqualByComparingTo("0");
    }

    @Test
    void anActualOfZeroIsHundredPercentForACallOfZeroAndZeroOtherwise() {
        assertThat(Accuracy.of(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("1");
        assertThat(Accuracy.of(d("0.00"), d("0.00"))).isEqualByComparingTo("1");
        assertThat(Accuracy.of(d("50000"), BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void aMissingCallOrActualHasNoAccuracy() {
        assertThat(Accuracy.of(null, d("1"))).isNull();
        assertThat(Accuracy.of(d("1"), null)).isNull();
    }

    @Test
    void meansAndPercentages() {
        assertThat(Accuracy.mean(List.of(d("0.9"), d("0.94")))).isEqualByComparingTo("0.92");
        assertThat(Accuracy.mean(List.of())).isNull();
        assertThat(Accuracy.percent(d("0.9251"))).isEqualTo(93);
        assertThat(Accuracy.missPercent(d("0.9251"))).isEqualTo(7);
    }

    @Test
    void theSentenceNamesTheWeekAndTheMiss() {
        List<AccuracyPage.WeekAverage> averages = List.of(
                new AccuracyPage.WeekAverage(3, d("0.88"), d("0.6"), 2),
                new AccuracyPage.WeekAverage(4, d("0.92"), d("0.7"), 2));
        assertThat(AccuracyPage.sentence(averages, 4))
                .startsWith("Our week-4 call is usually within 8% of the quarter's actual")
                .contains("CRM's roll-up that week is usually within 30%").contains("2 quarters");
        // A week with no history yet: the latest week that has one.
        assertThat(AccuracyPage.sentence(averages, 9)).startsWith("Our week-4 call");
        assertThat(AccuracyPage.sentence(List.of(), 1)).isNull();
    }

    @Test
    void weekOneHoldsTheQuartersFirstDayByIsoMondayWeeks() {
        // Q4 FY2027 with a February fiscal year: 1 Nov 2026 (a Sunday) to 31 Jan 2027 (a Sunday).
        FiscalQuarter q = FiscalQuarter.of(LocalDate.of(2026, 12, 1), 2);
        assertThat(WeekOfQuarter.firstMonday(q)).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(WeekOfQuarter.of(q, LocalDate.of(2026, 11, 1))).isEqualTo(1);
        assertThat(WeekOfQuarter.of(q, LocalDate.of(2026, 11, 2))).isEqualTo(2);
        assertThat(WeekOfQuarter.of(q, LocalDate.of(2026, 12, 1))).isEqualTo(6);
        assertThat(WeekOfQuarter.count(q)).isEqualTo(14);
        assertThat(WeekOfQuarter.of(q, LocalDate.of(2026, 10, 25))).isEqualTo(0);
        assertThat(WeekOfQuarter.end(q, 6)).isEqualTo(LocalDate.of(2026, 12, 6));
        // A quarter starting on a Monday: 1 Jan 2024 was one (a calendar fiscal year).
        FiscalQuarter monday = FiscalQuarter.of(LocalDate.of(2024, 1, 1), 1);
        assertThat(WeekOfQuarter.firstMonday(monday)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(WeekOfQuarter.count(monday)).isEqualTo(13);
    }

    @Test
    void coverageAndGapAreDefinedOnTheTarget() {
        CallFigures f = new CallFigures("enterprise", "Enterprise", d("1000000"), d("400000"), d("300000"), d("500000"),
                d("400000"), null, null);
        assertThat(f.gap()).isEqualByComparingTo("300000");
        assertThat(f.coverage()).isEqualByComparingTo("2.00");
        CallFigures won = new CallFigures("smb", "SMB", d("100000"), d("120000"), d("0"), d("0"), d("0"), null, null);
        assertThat(won.coverage()).isNull();
        CallFigures noTarget = new CallFigures("smb", "SMB", null, d("1"), d("0"), d("0"), d("0"), null, null);
        assertThat(noTarget.gap()).isNull();
        assertThat(noTarget.coverage()).isNull();
    }
}
