package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
