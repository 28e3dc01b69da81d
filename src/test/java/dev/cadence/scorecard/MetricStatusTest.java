package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricStatusTest {

    @ParameterizedTest(name = "{0}: {1} {2} .{3}")
    @CsvSource(delimiter = '|', value = {
            "ON_TRACK  | On track  | ✓ | status-on",
            "AT_RISK   | At risk   | ! | status-risk",
            "OFF_TRACK | Off track | ✕ | status-off",
            "NO_TARGET | No target | – | status-none",
            "NO_VALUE  | No value  | ? | status-none",
    })
    void eachStatusReadsWithoutColour(MetricStatus status, String label, String symbol, String cssClass) {
        assertThat(status.label()).isEqualTo(label);
        assertThat(status.symbol()).isEqualTo(symbol);
        assertThat(status.cssClass()).isEqualTo(cssClass);
    }

    @Test
    void noTwoStatusesShareASymbolOrALabel() {
        assertThat(Arrays.stream(MetricStatus.values()).map(MetricStatus::symbol)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(MetricStatus.values()).map(MetricStatus::label)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({"HIGHER_IS_BETTER, Higher is better", "LOWER_IS_BETTER, Lower is better"})
    void directionsHaveLabels(Direction direction, String label) {
        assertThat(direction.label()).isEqualTo(label);
    }
}
