package dev.cadence.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsTest {

    private static final int FEBRUARY = 2;

    private static final String HOW_TO_WRITE =
            "Use 2026-W47 for a week, 2026-11 for a month or FY2027-Q1 for a quarter.";

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "WEEKLY,    2026-11-20, 2026-W47",
            "MONTHLY,   2026-11-20, 2026-11",
            "QUARTERLY, 2026-11-20, FY2027-Q4",
            "WEEKLY,    2027-01-01, 2026-W53",
            "MONTHLY,   2027-01-01, 2027-01",
            "QUARTERLY, 2027-01-01, FY2027-Q4",
            "QUARTERLY, 2027-02-01, FY2028-Q1",
    })
    void theCurrentPeriodHoldsToday(Cadence cadence, LocalDate today, String key) {
        Period current = Periods.current(cadence, today, FEBRUARY);
        assertThat(current.key()).isEqualTo(key);
        assertThat(current.cadence()).isEqualTo(cadence);
        assertThat(current.contains(today)).isTrue();
    }

    @Test
    void trailingPeriodsEndWithTheCurrentOneOldestFirst() {
        assertThat(keys(Periods.trailing(Cadence.WEEKLY, LocalDate.of(2027, 1, 6), 3, FEBRUARY)))
                .containsExactly("2026-W52", "2026-W53", "2027-W01");
        assertThat(keys(Periods.trailing(Cadence.MONTHLY, LocalDate.of(2026, 2, 15), 3, FEBRUARY)))
                .containsExactly("2025-12", "2026-01", "2026-02");
        assertThat(keys(Periods.trailing(Cadence.QUARTERLY, LocalDate.of(2026, 2, 15), 5, FEBRUARY)))
                .containsExactly("FY2026-Q1", "FY2026-Q2", "FY2026-Q3", "FY2026-Q4", "FY2027-Q1");
        assertThat(Periods.trailing(Cadence.WEEKLY, LocalDate.of(2026, 11, 20), 1, FEBRUARY))
                .containsExactly(new IsoWeek(2026, 47));
        List<Period> tenYears = Periods.trailing(Cadence.WEEKLY, LocalDate.of(2026, 11, 20), 520, FEBRUARY);
        assertThat(tenYears).hasSize(520).isSorted();
        assertThat(tenYears.get(519)).isEqualTo(new IsoWeek(2026, 47));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 521})
    void trailingRefusesCountsOutsideOneTo520(int n) {
        assertThatThrownBy(() -> Periods.trailing(Cadence.WEEKLY, LocalDate.of(2026, 11, 20), n, FEBRUARY))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Choose from 1 to 520 weeks; " + n + " is not in that range.");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-W47      | 2026-W47  | WEEKLY",
            "2026-w47      | 2026-W47  | WEEKLY",
            "'  2026-W47 ' | 2026-W47  | WEEKLY",
            "2026-W53      | 2026-W53  | WEEKLY",
            "2020-W53      | 2020-W53  | WEEKLY",
            "2026-W01      | 2026-W01  | WEEKLY",
            "2026-11       | 2026-11   | MONTHLY",
            "' 2026-01'    | 2026-01   | MONTHLY",
            "FY2027-Q1     | FY2027-Q1 | QUARTERLY",
            "fy2027-q4     | FY2027-Q4 | QUARTERLY",
            "'\tFy2027-Q2\n' | FY2027-Q2 | QUARTERLY",
    })
    void parsesEachKindOfKeyToItsCanonicalForm(String key, String canonical, Cadence cadence) {
        Period period = Periods.parse(key, FEBRUARY);
        assertThat(period.key()).isEqualTo(canonical);
        assertThat(period.cadence()).isEqualTo(cadence);
        assertThat(Periods.parse(key, cadence, FEBRUARY)).isEqualTo(period);
    }

    @Test
    void parsesToTheRightTypeWithTheCompanysFiscalCalendar() {
        assertThat(Periods.parse("2026-W47", FEBRUARY)).isEqualTo(new IsoWeek(2026, 47));
        assertThat(Periods.parse("2026-11", FEBRUARY)).isEqualTo(new Month(2026, 11));
        assertThat(Periods.parse("FY2027-Q1", FEBRUARY)).isEqualTo(new FiscalQuarter(2027, 1, FEBRUARY));
        assertThat(Periods.parse("FY2027-Q1", 7).start()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-W54   | \"2026-W54\" is not a period: 2026 has 53 ISO weeks (W01 to W53).",
            "2027-W53   | \"2027-W53\" is not a period: 2027 has 52 ISO weeks (W01 to W52).",
            "2021-W53   | \"2021-W53\" is not a period: 2021 has 52 ISO weeks (W01 to W52).",
            "2026-W00   | \"2026-W00\" is not a period: 2026 has 53 ISO weeks (W01 to W53).",
            "2026-w99   | \"2026-w99\" is not a period: 2026 has 53 ISO weeks (W01 to W53).",
            "2026-13    | \"2026-13\" is not a period: months run from 01 to 12.",
            "2026-00    | \"2026-00\" is not a period: months run from 01 to 12.",
            "FY2027-Q5  | \"FY2027-Q5\" is not a period: quarters run from Q1 to Q4.",
            "FY2027-Q0  | \"FY2027-Q0\" is not a period: quarters run from Q1 to Q4.",
            "0000-01    | \"0000-01\" is not a period: there is no year 0000.",
            "' 2026-13' | \"2026-13\" is not a period: months run from 01 to 12.",
    })
    void explainsWhyAWellFormedKeyNamesNoPeriod(String key, String message) {
        assertThatThrownBy(() -> Periods.parse(key, FEBRUARY))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"next week", "2026-W5", "2026-W047", "2026-1", "2026/11", "2026-11-20", "FY27-Q1",
            "Q1 FY27", "FY2027 Q1", "2026", "W47", "26-W47", "2026-W47x", "２０２６-11", "2026 - W47"})
    void showsHowToWriteAPeriodWhenTheKeyIsNoKeyAtAll(String key) {
        assertThatThrownBy(() -> Periods.parse(key, FEBRUARY))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("\"" + key + "\" is not a period. " + HOW_TO_WRITE);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void asksForAPeriodWhenThereIsNone(String key) {
        assertThatThrownBy(() -> Periods.parse(key, FEBRUARY))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("A period is needed. " + HOW_TO_WRITE);
    }

    @ParameterizedTest(name = "\"{0}\" as {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-11    | WEEKLY    | \"2026-11\" is a month, not a week. Use 2026-W47 for a week.",
            "2026-w47   | MONTHLY   | \"2026-w47\" is a week, not a month. Use 2026-11 for a month.",
            "FY2027-Q1  | WEEKLY    | \"FY2027-Q1\" is a quarter, not a week. Use 2026-W47 for a week.",
            "' 2026-11' | QUARTERLY | \"2026-11\" is a month, not a quarter. Use FY2027-Q1 for a quarter.",
    })
    void refusesAKeyOfAnotherCadenceWhenOneIsExpected(String key, Cadence expected, String message) {
        assertThatThrownBy(() -> Periods.parse(key, expected, FEBRUARY))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void refusesAFiscalYearStartMonthThatIsNoMonth(int month) {
        assertThatThrownBy(() -> Periods.parse("2026-W47", month))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The fiscal year starts in a month from 1 (January) to 12 (December), not " + month + ".");
        assertThatThrownBy(() -> Periods.current(Cadence.WEEKLY, LocalDate.of(2026, 11, 20), month))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeHoldsEveryPeriodFromFirstToLastInclusive() {
        List<IsoWeek> weeks = Periods.between(new IsoWeek(2026, 1), new IsoWeek(2026, 47));
        assertThat(weeks).hasSize(47);
        assertThat(weeks.get(0).key()).isEqualTo("2026-W01");
        assertThat(weeks.get(46).key()).isEqualTo("2026-W47");

        assertThat(keys(Periods.between(new IsoWeek(2026, 52), new IsoWeek(2027, 2))))
                .containsExactly("2026-W52", "2026-W53", "2027-W01", "2027-W02");
        assertThat(keys(Periods.between(new Month(2025, 11), new Month(2026, 2))))
                .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
        assertThat(keys(Periods.between(new FiscalQuarter(2026, 3, FEBRUARY), new FiscalQuarter(2027, 2, FEBRUARY))))
                .containsExactly("FY2026-Q3", "FY2026-Q4", "FY2027-Q1", "FY2027-Q2");
        assertThat(Periods.between(new Month(2026, 11), new Month(2026, 11))).containsExactly(new Month(2026, 11));
    }

    @Test
    void aRangeParsedFromAUrlWorksWithTheParsedTypes() {
        Period from = Periods.parse("2026-W01", Cadence.WEEKLY, FEBRUARY);
        Period to = Periods.parse("2026-w47", Cadence.WEEKLY, FEBRUARY);
        assertThat(Periods.between(from, to)).hasSize(47).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aRangeHoldsAtMost520Periods() {
        IsoWeek first = new IsoWeek(2016, 1);
        assertThat(Periods.between(first, first.plus(519))).hasSize(520);
        assertThatThrownBy(() -> Periods.between(first, first.plus(520)))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("From 2016-W01 to 2025-W52 is 521 weeks; choose at most 520.");
        assertThatThrownBy(() -> Periods.between(new Month(1900, 1), new Month(2026, 11)))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("From 1900-01 to 2026-11 is 1523 months; choose at most 520.");
        assertThat(Periods.between(new FiscalQuarter(1897, 1, 1), new FiscalQuarter(2026, 4, 1))).hasSize(520);
    }

    @Test
    void aRangeMustRunForwardWithinOneCadenceAndFiscalCalendar() {
        assertThatThrownBy(() -> Periods.between(new IsoWeek(2026, 47), new IsoWeek(2026, 1)))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("The range starts at 2026-W47, after its end 2026-W01: put the earlier week first.");
        assertThatThrownBy(() -> Periods.between(new IsoWeek(2026, 1), new Month(2026, 11)))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("A range runs from one week to another, but 2026-W01 is a week and 2026-11 a month.");
        assertThatThrownBy(() -> Periods.between(new FiscalQuarter(2026, 1, 1), new FiscalQuarter(2027, 1, 2)))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("A range of quarters needs one fiscal calendar, but FY2026-Q1 starts its fiscal year"
                        + " in month 1 and FY2027-Q1 in month 2.");
    }

    @Test
    void periodsSortByTimeThenByLength() {
        // 1 June 2026 is a Monday: a week, a month and (from a March start) a quarter all begin on it.
        IsoWeek week = new IsoWeek(2026, 23);
        Month june = new Month(2026, 6);
        FiscalQuarter quarter = new FiscalQuarter(2027, 2, 3);
        assertThat(week.start()).isEqualTo(june.start()).isEqualTo(quarter.start());

        List<Period> periods = new ArrayList<>(List.of(
                new Month(2026, 7), quarter, new IsoWeek(2026, 22), june, week, new FiscalQuarter(2026, 4, 3),
                new IsoWeek(2020, 53), new Month(2021, 1)));
        periods.sort(null);

        assertThat(keys(periods)).containsExactly(
                "2020-W53", "2021-01", "FY2026-Q4", "2026-W22", "2026-W23", "2026-06", "FY2027-Q2", "2026-07");
    }

    @Test
    void orderAgreesWithEquals() {
        List<Period> periods = List.of(new IsoWeek(2026, 47), new IsoWeek(2026, 48), new Month(2026, 11),
                new Month(2026, 12), new FiscalQuarter(2027, 1, 2), new FiscalQuarter(2027, 1, 7),
                // The same three months, February to April 2026, in two fiscal calendars:
                new FiscalQuarter(2027, 1, 2), new FiscalQuarter(2026, 4, 5), new FiscalQuarter(2026, 3, 8));
        for (Period a : periods) {
            for (Period b : periods) {
                assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            }
        }
        assertThat(new FiscalQuarter(2026, 4, 5).start()).isEqualTo(new FiscalQuarter(2027, 1, 2).start());
    }

    @ParameterizedTest
    @EnumSource(Cadence.class)
    void cadencesHaveLabelsAndUnits(Cadence cadence) {
        String[] expected = switch (cadence) {
            case WEEKLY -> new String[] {"Weekly", "week"};
            case MONTHLY -> new String[] {"Monthly", "month"};
            case QUARTERLY -> new String[] {"Quarterly", "quarter"};
        };
        assertThat(cadence.label()).isEqualTo(expected[0]);
        assertThat(cadence.unit()).isEqualTo(expected[1]);
    }

    private static List<String> keys(List<? extends Period> periods) {
        return periods.stream().map(Period::key).toList();
    }
}
