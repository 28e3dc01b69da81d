package dev.cadence.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A display order between two neighbours on the scorecard, or none when no number is left between them. */
class MetricPlacementTest {

    @Test
    void aNumberBetweenTheNeighboursWhenThereIsOne() {
        assertThat(MetricDefinitionService.between(20, 30)).isEqualTo(25);
        assertThat(MetricDefinitionService.between(20, 22)).isEqualTo(21);
        assertThat(MetricDefinitionService.between(null, 10)).as("at the top").isZero();
        assertThat(MetricDefinitionService.between(null, 5)).isEqualTo(2);
        assertThat(MetricDefinitionService.between(110, null)).as("at the bottom").isEqualTo(120);
        assertThat(MetricDefinitionService.between(9_995, null)).isEqualTo(9_996);
        assertThat(MetricDefinitionService.between(null, null)).as("the first metric").isEqualTo(100);
    }

    @Test
    void noneWhenTheNeighboursLeaveNoRoom() {
        assertThat(MetricDefinitionService.between(20, 21)).isNull();
        assertThat(MetricDefinitionService.between(100, 100)).isNull();
        assertThat(MetricDefinitionService.between(null, 0)).isNull();
        assertThat(MetricDefinitionService.between(10_000, null)).isNull();
    }
}
