package dev.cadence.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2026-11-01, 2026-11",
            "2026-11-30, 2026-11",
            "2026-12-31, 2026-12",
            "2027-01-01, 2027-01",
            "2028-02-29, 2028-02",
    })
    void theMonthOfADay(LocalDate day, String key) {
        assertThat(Month.of(day).key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}-{1}: {2} to {3}, {4} / {5}")
    @CsvSource(delimiter = '|', value = {
            "2026 | 11 | 2026-11-01 | 2026-11-30 | 2026-11 | Nov 2026 | November 2026",
            "2026 |  2 | 2026-02-01 | 2026-02-28 | 2026-02 | Feb 2026 | February 2026",
            "2028 |  2 | 2028-02-01 | 2028-02-29 | 2028-02 | Feb 2028 | February 2028",
            "2026 |  9 | 2026-09-01 | 2026-09-30 | 2026-09 | Sep 2026 | September 2026",
            "2026 | 12 | 2026-12-01 | 2026-12-31 | 2026-12 | Dec 2026 | December 2026",
    })
    void runsFromTheFirstToTheLastDayOfTheMonth(int year, int month, LocalDate start, LocalDate end, String key,
            String label, String longLabel) {
        Month period = new Month(year, month);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.key()).isEqualTo(key);
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.longLabel()).isEqualTo(longLabel);
        assertThat(period.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(period.yearMonth()).isEqualTo(YearMonth.of(year, month));
        assertThat(period.contains(start)).isTrue();
        assertThat(period.contains(end)).isTrue();
        assertThat(period.contains(start.minusDays(1))).isFalse();
        assertThat(period.contains(end.plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "2026-11,   1, 2026-12",
            "2026-12,   1, 2027-01",
            "2027-01,  -1, 2026-12",
            "2026-11,   0, 2026-11",
            "2026-11,  14, 2028-01",
            "2026-11, -23, 2024-12",
    })
    void movesMonthByMonthAcrossYears(String from, long months, String to) {
        Month month = (Month) Periods.parse(from, 1);
        assertThat(month.plus(months).key()).isEqualTo(to);
    }

    @Test
    void nextAndPreviousAreOneMonthApart() {
        Month december = new Month(2026, 12);
        assertThat(december.next()).isEqualTo(new Month(2027, 1));
        assertThat(december.previous()).isEqualTo(new Month(2026, 11));
        assertThat(new Month(2027, 1).previous()).isEqualTo(december);
    }

    @Test
    void refusesMonthsThatDoNotExist() {
        assertThatThrownBy(() -> new Month(2026, 13)).isInstanceOf(InvalidPeriodException.class)
                .hasMessage("There is no month 13: months run from 1 to 12.");
        assertThatThrownBy(() -> new Month(2026, 0)).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> new Month(0, 1)).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> new Month(9999, 12).next()).isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Cadence handles the years 1 to 9999; 10000 is outside them.");
    }
}
