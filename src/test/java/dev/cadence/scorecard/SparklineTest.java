package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void drawsTheLowestValueAtTheBottomAndTheHighestAtTheTopAndSkipsGaps() {
        List<BigDecimal> values = Arrays.asList(new BigDecimal("1"), null, new BigDecimal("3"), new BigDecimal("2"));
        Sparkline line = Sparkline.of(values);
        String[] points = line.points().split(" ");
        assertThat(points).hasSize(3);
        assertThat(points[0]).isEqualTo("2.5,21.5");
        assertThat(points[1]).endsWith(",2.5");
        assertThat(line.lastX()).isEqualTo("77.5");
        assertThat(line.lastY()).isEqualTo("12.0");
    }

    @Test
    void needsTwoValuesToDrawATrend() {
        assertThat(Sparkline.of(Arrays.asList(null, new BigDecimal("4"), null))).isNull();
        assertThat(Sparkline.of(List.of(new BigDecimal("4"), new BigDecimal("4")))).isNotNull();
    }
}
