package dev.cadence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberFormatterTest {

    private final NumberFormatter numbers = new NumberFormatter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "41.5       | 41.5",
            "3.2        | 3.2",
            "' 26 '     | 26",
            "$1,200     | 1200",
            "41.5%      | 41.5",
            "-3         | -3",
            "1e15       | 1E+15",
            "1e309      | 1E+309"})
    void readsNumbersAsPeopleTypeThem(String typed, String expected) {
        assertThat(numbers.parse(typed, Locale.ENGLISH).value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankIsNoNumber(String typed) {
        assertThat(numbers.parse(typed, Locale.ENGLISH)).isNull();
        assertThat(numbers.read(typed)).isNull();
        assertThat(numbers.read(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "about thirty", "1.2.3", "NaN", "Infinity", "12 345", "1e99999999999"})
    void textThatIsNoNumberIsRefusedInWords(String typed) {
        assertThatThrownBy(() -> numbers.parse(typed, Locale.ENGLISH))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("\"" + typed + "\" is not a number. Use digits, e.g. 3.2 or 41.5.");
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
    void printsPlainDigitsUnlessTheNumberIsTooLongToWriteOut(String number, String printed) {
        assertThat(numbers.print(new TypedNumber(new BigDecimal(number)), Locale.ENGLISH)).isEqualTo(printed);
    }
}
