package dev.cadence.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalQuarterTest {

    @ParameterizedTest(name = "{0}, fiscal year from month {1}: {2}, {3} to {4}")
    @CsvSource({
            // January: the fiscal year is the calendar year.
            "2026-01-01,  1, FY2026-Q1, 2026-01-01, 2026-03-31",
            "2026-03-31,  1, FY2026-Q1, 2026-01-01, 2026-03-31",
            "2026-04-01,  1, FY2026-Q2, 2026-04-01, 2026-06-30",
            "2026-12-31,  1, FY2026-Q4, 2026-10-01, 2026-12-31",
            // February (Brightline, the demo company): FY2027 is Feb 2026 – Jan 2027.
            "2026-02-01,  2, FY2027-Q1, 2026-02-01, 2026-04-30",
            "2026-01-31,  2, FY2026-Q4, 2025-11-01, 2026-01-31",
            "2026-04-30,  2, FY2027-Q1, 2026-02-01, 2026-04-30",
            "2026-05-01,  2, FY2027-Q2, 2026-05-01, 2026-07-31",
            "2026-11-20,  2, FY2027-Q4, 2026-11-01, 2027-01-31",
            "2027-01-31,  2, FY2027-Q4, 2026-11-01, 2027-01-31",
            // April (UK, Japan, India): FY2027 is Apr 2026 – Mar 2027.
            "2026-04-01,  4, FY2027-Q1, 2026-04-01, 2026-06-30",
            "2026-03-31,  4, FY2026-Q4, 2026-01-01, 2026-03-31",
            "2027-01-15,  4, FY2027-Q4, 2027-01-01, 2027-03-31",
            // July (Microsoft, Australia): FY2027 is Jul 2026 – Jun 2027.
            "2026-07-01,  7, FY2027-Q1, 2026-07-01, 2026-09-30",
            "2026-06-30,  7, FY2026-Q4, 2026-04-01, 2026-06-30",
            "2026-12-31,  7, FY2027-Q2, 2026-10-01, 2026-12-31",
            // October (US federal government): FY2027 starts 1 Oct 2026.
            "2026-10-01, 10, FY2027-Q1, 2026-10-01, 2026-12-31",
            "2026-09-30, 10, FY2026-Q4, 2026-07-01, 2026-09-30",
            // November: Q1 straddles the new calendar year.
            "2026-11-01, 11, FY2027-Q1, 2026-11-01, 2027-01-31",
            "2026-10-31, 11, FY2026-Q4, 2026-08-01, 2026-10-31",
            "2027-01-31, 11, FY2027-Q1, 2026-11-01, 2027-01-31",
            "2027-02-01, 11, FY2027-Q2, 2027-02-01, 2027-04-30",
            // December: Q1 holds February, leap years included.
            "2026-12-01, 12, FY2027-Q1, 2026-12-01, 2027-02-28",
            "2026-11-30, 12, FY2026-Q4, 2026-09-01, 2026-11-30",
            "2027-12-15, 12, FY2028-Q1, 2027-12-01, 2028-02-29",
            "2027-03-01, 12, FY2027-Q2, 2027-03-01, 2027-05-31",
    })
    void theQuarterOfADayFollowsTheFiscalYearsFirstMonth(LocalDate day, int startMonth, String key,
            LocalDate start, LocalDate end) {
        FiscalQuarter quarter = FiscalQuarter.of(day, startMonth);
        assertThat(quarter.key()).isEqualTo(key);
        assertThat(quarter.start()).isEqualTo(start);
        assertThat(quarter.end()).isEqualTo(end);
        assertThat(quarter.fiscalYearStartMonth()).isEqualTo(startMonth);
        assertThat(quarter.contains(day)).isTrue();
        assertThat(quarter.contains(start.minusDays(1))).isFalse();
        assertThat(quarter.contains(end.plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "FY{0}-Q{1} from month {2}: {3} / {4}")
    @CsvSource(delimiter = '|', value = {
            "2027 | 1 |  2 | Q1 FY27 | Q1 FY2027, 1 Feb – 30 Apr 2026",
            "2027 | 4 |  2 | Q4 FY27 | Q4 FY2027, 1 Nov 2026 – 31 Jan 2027",
            "2026 | 3 |  1 | Q3 FY26 | Q3 FY2026, 1 Jul – 30 Sep 2026",
            "2100 | 1 |  1 | Q1 FY00 | Q1 FY2100, 1 Jan – 31 Mar 2100",
            "2009 | 2 |  7 | Q2 FY09 | Q2 FY2009, 1 Oct – 31 Dec 2008",
    })
    void labelsNameTheQuarterAndItsDays(int fiscalYear, int quarter, int startMonth, String label, String longLabel) {
        FiscalQuarter period = new FiscalQuarter(fiscalYear, quarter, startMonth);
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.longLabel()).isEqualTo(longLabel);
        assertThat(period.cadence()).isEqualTo(Cadence.QUARTERLY);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "FY2027-Q1,  -1, FY2026-Q4",
            "FY2027-Q4,   1, FY2028-Q1",
            "FY2027-Q2,   0, FY2027-Q2",
            "FY2027-Q2,   4, FY2028-Q2",
            "FY2027-Q2,  -8, FY2025-Q2",
            "FY2027-Q3,   6, FY2029-Q1",
    })
    void movesQuarterByQuarterAcrossFiscalYears(String from, long quarters, String to) {
        FiscalQuarter quarter = (FiscalQuarter) Periods.parse(from, 2);
        FiscalQuarter moved = quarter.plus(quarters);
        assertThat(moved.key()).isEqualTo(to);
        assertThat(moved.fiscalYearStartMonth()).isEqualTo(2);
    }

    @Test
    void theQuarterBeforeQ1IsQ4OfThePreviousFiscalYear() {
        FiscalQuarter q1 = new FiscalQuarter(2027, 1, 2);
        FiscalQuarter q4 = q1.previous();
        assertThat(q4).isEqualTo(new FiscalQuarter(2026, 4, 2));
        assertThat(q4.start()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(q4.next()).isEqualTo(q1);
    }

    @Test
    void theSameKeyInAnotherFiscalCalendarIsAnotherQuarter() {
        FiscalQuarter february = new FiscalQuarter(2027, 1, 2);
        FiscalQuarter july = new FiscalQuarter(2027, 1, 7);
        assertThat(february.key()).isEqualTo(july.key());
        assertThat(february).isNotEqualTo(july);
        assertThat(february.start()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(july.start()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void refusesQuartersAndFiscalCalendarsThatDoNotExist() {
        assertThatThrownBy(() -> new FiscalQuarter(2027, 5, 2)).isInstanceOf(InvalidPeriodException.class)
                .hasMessage("There is no quarter 5: quarters run from Q1 to Q4.");
        assertThatThrownBy(() -> new FiscalQuarter(2027, 0, 2)).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> new FiscalQuarter(2027, 1, 13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The fiscal year starts in a month from 1 (January) to 12 (December), not 13.");
        assertThatThrownBy(() -> FiscalQuarter.of(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalQuarter.of(LocalDate.of(9999, 12, 1), 2))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Cadence handles the years 1 to 9999; 10000 is outside them.");
    }

    @Test
    void withAJanuaryStartFiscalQuartersAreCalendarQuarters() {
        for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() < 2033; day = day.plusDays(1)) {
            FiscalQuarter quarter = FiscalQuarter.of(day, 1);
            assertThat(quarter.fiscalYear()).isEqualTo(day.getYear());
            assertThat(quarter.quarter()).as("%s", day).isEqualTo(day.get(IsoFields.QUARTER_OF_YEAR));
        }
    }

    @Test
    void everyDayIsInExactlyOneQuarterOfEveryFiscalCalendar() {
        for (int startMonth = 1; startMonth <= 12; startMonth++) {
            for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() < 2033; day = day.plusDays(1)) {
                FiscalQuarter quarter = FiscalQuarter.of(day, startMonth);
                String where = day + " from month " + startMonth + " in " + quarter.key();
                assertThat(quarter.contains(day)).as(where).isTrue();
                assertThat(quarter.start().getDayOfMonth()).as(where).isEqualTo(1);
                assertThat(ChronoUnit.MONTHS.between(quarter.start(), quarter.end().plusDays(1))).as(where).isEqualTo(3);
                assertThat(quarter.next().start()).as(where).isEqualTo(quarter.end().plusDays(1));
                assertThat(Periods.parse(quarter.key(), startMonth)).as(where).isEqualTo(quarter);
                FiscalQuarter firstOfYear = new FiscalQuarter(quarter.fiscalYear(), 1, startMonth);
                FiscalQuarter lastOfYear = new FiscalQuarter(quarter.fiscalYear(), 4, startMonth);
                assertThat(firstOfYear.start().getMonthValue()).as(where).isEqualTo(startMonth);
                // The fiscal year is named after the calendar year in which it ends.
                assertThat(lastOfYear.end().getYear()).as(where).isEqualTo(quarter.fiscalYear());
                assertThat(lastOfYear.end().plusDays(1)).as(where).isEqualTo(lastOfYear.next().start());
            }
        }
    }
}
