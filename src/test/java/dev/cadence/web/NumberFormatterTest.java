package dev.cadence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.web.TypedNumber.Symbol;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What people type, and what Cadence reads: the value, the sign written beside it, whether k/M/B scaled it. */
class NumberFormatterTest {

    private final NumberFormatter numbers = new NumberFormatter();

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // typed          | value        | symbol  | scaled
            "41.5             | 41.5         | -       | false",
            "3.2              | 3.2          | -       | false",
            "' 26 '           | 26           | -       | false",
            "-3               | -3           | -       | false",
            "+3               | 3            | -       | false",
            ".5               | 0.5          | -       | false",
            "5.               | 5            | -       | false",
            "1,200            | 1200         | -       | false",
            "1,200,000.5      | 1200000.5    | -       | false",
            "$1,200           | 1200         | DOLLAR  | false",
            "$ 1200           | 1200         | DOLLAR  | false",
            "-$1,200          | -1200        | DOLLAR  | false",
            "$-1,200          | -1200        | DOLLAR  | false",
            "−$1.2M           | -1200000     | DOLLAR  | true",
            "41.5%            | 41.5         | PERCENT | false",
            "12 %             | 12           | PERCENT | false",
            "450k             | 450000       | -       | true",
            "450K             | 450000       | -       | true",
            "$1.2M            | 1200000      | DOLLAR  | true",
            "1.2m             | 1200000      | -       | true",
            "$9.5K            | 9500         | DOLLAR  | true",
            "2B               | 2000000000   | -       | true",
            "2.5bn            | 2500000000   | -       | true",
            "3.2×             | 3.2          | TIMES   | false",
            "3.2x             | 3.2          | TIMES   | false",
            "41 d             | 41           | DAYS    | false",
            "41 days          | 41           | DAYS    | false",
            "1 day            | 1            | DAYS    | false",
            "1e15             | 1E+15        | -       | false",
            "1e309            | 1E+309       | -       | false",
            "1e-30            | 1E-30        | -       | false",
            "0.00001          | 0.00001      | -       | false"})
    void readsNumbersAsPeopleTypeThem(String typed, String value, Symbol symbol, boolean scaled) {
        TypedNumber read = numbers.parse(typed, Locale.ENGLISH);
        assertThat(read.value()).isEqualByComparingTo(value);
        assertThat(read.symbol()).isEqualTo(symbol);
        assertThat(read.scaled()).isEqualTo(scaled);
        assertThat(read.typed()).isEqualTo(typed.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankIsNoNumber(String typed) {
        assertThat(numbers.parse(typed, Locale.ENGLISH)).isNull();
        assertThat(numbers.read(typed)).isNull();
        assertThat(numbers.read(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "about thirty", "1.2.3", "NaN", "Infinity", "-Infinity", "12 345", "1e99999999999", "$",
            "%", "-", "$-", "k", "1e", "--3", "-$-3", "(1,200)", "12k%x", "1/2", "0x1F", "1 200", "12%%", "€12", "12 USD"})
    void textThatIsNoNumberIsRefusedInWords(String typed) {
        assertThatThrownBy(() -> numbers.parse(typed, Locale.ENGLISH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("\"" + typed + "\" is not a number. Use digits, e.g. 3.2 or 41.5.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "12,34", "1,2345", "12,34,567", "1,5%", "$1,5", ",500", "1,", "1,000,5"})
    void aCommaThatGroupsNoThousandsIsRefusedAsAmbiguous(String typed) {
        assertThatThrownBy(() -> numbers.read(typed))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("\"" + typed + "\" is ambiguous: a comma groups thousands, as in 1,500. Write a decimal with a point, e.g. 1.5.");
    }

    @Test
    void aDollarAndAnotherSignTogetherAreRefused() {
        assertThatThrownBy(() -> numbers.read("$12%"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("\"$12%\" has both $ and %: write the number with one of them, e.g. $1,200 or 41.5%.");
    }

    @Test
    void overlongTextIsRefusedWithoutBeingParsedOrEchoedInFull() {
        String typed = "9".repeat(100_000);
        assertThatThrownBy(() -> numbers.read(typed))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("\"99999999999999999999…\" is not a number. Use digits, e.g. 3.2 or 41.5.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1200.0000  | 1200",
            "41.50      | 41.5",
            "0.0001     | 0.0001",
            "1E+2       | 100",
            "1E+309     | 1E+309"})
    void printsANumberNeverTypedInPlainDigitsUnlessItIsTooLongToWriteOut(String number, String printed) {
        assertThat(numbers.print(new TypedNumber(new BigDecimal(number)), Locale.ENGLISH)).isEqualTo(printed);
    }

    @Test
    void printsWhatWasTypedAsItWasTyped() {
        assertThat(numbers.print(numbers.read(" $1.2M "), Locale.ENGLISH)).isEqualTo("$1.2M");
    }
}
