package dev.cadence.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoWeekTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2026-11-16, 2026-W47", // Monday
            "2026-11-22, 2026-W47", // Sunday, same week
            "2026-11-23, 2026-W48",
            "2026-12-31, 2026-W53", // 2026 has 53 weeks
            "2027-01-01, 2026-W53", // the new calendar year starts in the old year's last week
            "2027-01-03, 2026-W53",
            "2027-01-04, 2027-W01",
            "2021-01-01, 2020-W53",
            "2021-01-03, 2020-W53",
            "2021-01-04, 2021-W01",
            "2024-12-30, 2025-W01", // the old calendar year ends in the new year's first week
            "2025-12-29, 2026-W01",
            "2026-01-26, 2026-W05",
            "2015-12-31, 2015-W53",
    })
    void theWeekOfADayBelongsToItsWeekBasedYear(LocalDate day, String key) {
        assertThat(IsoWeek.of(day).key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} has {1} weeks")
    @CsvSource({"2004, 53", "2009, 53", "2015, 53", "2020, 53", "2021, 52", "2025, 52", "2026, 53", "2027, 52",
            "2032, 53", "9999, 52"})
    void aWeekBasedYearHas52Or53Weeks(int year, int weeks) {
        assertThat(IsoWeek.weeksIn(year)).isEqualTo(weeks);
    }

    @ParameterizedTest(name = "{0} runs {1} to {2}")
    @CsvSource({
            "2026, 47, 2026-11-16, 2026-11-22",
            "2026,  1, 2025-12-29, 2026-01-04",
            "2026, 53, 2026-12-28, 2027-01-03",
            "2020, 53, 2020-12-28, 2021-01-03",
            "2025,  1, 2024-12-30, 2025-01-05",
    })
    void runsFromMondayToSunday(int year, int week, LocalDate start, LocalDate end) {
        IsoWeek isoWeek = new IsoWeek(year, week);
        assertThat(isoWeek.start()).isEqualTo(start);
        assertThat(isoWeek.end()).isEqualTo(end);
        assertThat(isoWeek.contains(start)).isTrue();
        assertThat(isoWeek.contains(end)).isTrue();
        assertThat(isoWeek.contains(start.minusDays(1))).isFalse();
        assertThat(isoWeek.contains(end.plusDays(1))).isFalse();
    }

    @ParameterizedTest(name = "{0}-W{1}: {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "2026 | 47 | 2026-W47 | W47 | Week 47, 16–22 Nov 2026",
            "2026 |  5 | 2026-W05 | W5  | Week 5, 26 Jan – 1 Feb 2026",
            "2026 |  1 | 2026-W01 | W1  | Week 1, 29 Dec 2025 – 4 Jan 2026",
            "2020 | 53 | 2020-W53 | W53 | Week 53, 28 Dec 2020 – 3 Jan 2021",
            "2026 | 36 | 2026-W36 | W36 | Week 36, 31 Aug – 6 Sep 2026",
            " 999 |  1 | 0999-W01 | W1  | Week 1, 31 Dec 0998 – 6 Jan 0999",
    })
    void keysAreZeroPaddedAndLabelsNameTheDays(int year, int week, String key, String label, String longLabel) {
        IsoWeek isoWeek = new IsoWeek(year, week);
        assertThat(isoWeek.key()).isEqualTo(key);
        assertThat(isoWeek.label()).isEqualTo(label);
        assertThat(isoWeek.longLabel()).isEqualTo(longLabel);
        assertThat(isoWeek.cadence()).isEqualTo(Cadence.WEEKLY);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "2026-W47,   1, 2026-W48",
            "2026-W52,   1, 2026-W53",
            "2026-W53,   1, 2027-W01",
            "2025-W52,   1, 2026-W01", // 2025 has no week 53
            "2027-W01,  -1, 2026-W53",
            "2021-W01,  -1, 2020-W53",
            "2026-W47,   0, 2026-W47",
            "2026-W47,  53, 2027-W47",
            "2027-W47, -53, 2026-W47",
            "2020-W53, 261, 2026-W01",
    })
    void movesWeekByWeekAcrossYearsOf52And53Weeks(String from, long weeks, String to) {
        IsoWeek week = (IsoWeek) Periods.parse(from, 1);
        assertThat(week.plus(weeks).key()).isEqualTo(to);
    }

    @Test
    void nextAndPreviousAreOneWeekApart() {
        IsoWeek lastOf2026 = new IsoWeek(2026, 53);
        assertThat(lastOf2026.next()).isEqualTo(new IsoWeek(2027, 1));
        assertThat(lastOf2026.previous()).isEqualTo(new IsoWeek(2026, 52));
        assertThat(lastOf2026.next().previous()).isEqualTo(lastOf2026);
    }

    @Test
    void refusesWeeksThatDoNotExist() {
        assertThatThrownBy(() -> new IsoWeek(2027, 53)).isInstanceOf(InvalidPeriodException.class)
                .hasMessage("There is no week 53 in 2027: 2027 has 52 ISO weeks (W01 to W52).");
        assertThatThrownBy(() -> new IsoWeek(2026, 0)).isInstanceOf(InvalidPeriodException.class)
                .hasMessage("There is no week 0 in 2026: 2026 has 53 ISO weeks (W01 to W53).");
        assertThatThrownBy(() -> new IsoWeek(2026, 54)).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> new IsoWeek(0, 1)).isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Cadence handles the years 1 to 9999; 0 is outside them.");
        assertThatThrownBy(() -> new IsoWeek(10000, 1)).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> new IsoWeek(9999, 52).next()).isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void everyDayOfTwentyYearsIsInExactlyTheWeekThatHoldsIt() {
        for (LocalDate day = LocalDate.of(2015, 1, 1); day.getYear() < 2036; day = day.plusDays(1)) {
            IsoWeek week = IsoWeek.of(day);
            assertThat(week.contains(day)).as("%s in %s", day, week.key()).isTrue();
            assertThat(week.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(week.end()).isEqualTo(week.start().plusDays(6));
            assertThat(week.next().start()).isEqualTo(week.end().plusDays(1));
            assertThat(week.previous().end()).isEqualTo(week.start().minusDays(1));
            assertThat(Periods.parse(week.key(), 1)).isEqualTo(week);
        }
    }
}
