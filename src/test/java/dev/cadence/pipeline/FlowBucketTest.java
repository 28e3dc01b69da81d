package dev.cadence.pipeline;

import static dev.cadence.pipeline.FlowBucket.classify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.pipeline.FlowBucket.Side;
import dev.cadence.pipeline.StageMeaning.Outcome;
import dev.cadence.web.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every flow bucket, and the order in which a deal's bucket is decided (FlowReads's SQL mirrors it). */
class FlowBucketTest {

    static final LocalDate QS = LocalDate.of(2027, 1, 1);
    static final LocalDate QE = LocalDate.of(2027, 3, 31);
    static final LocalDate IN = LocalDate.of(2027, 2, 15);
    static final LocalDate AFTER = LocalDate.of(2027, 4, 1);
    static final LocalDate BEFORE = LocalDate.of(2026, 12, 31);

    static Side open(LocalDate close) {
        return open(close, "1000");
    }

    static Side open(LocalDate close, String amount) {
        return new Side(Outcome.OPEN, close, new BigDecimal(amount));
    }

    static Side won(LocalDate close) {
        return new Side(Outcome.WON, close, new BigDecimal("1000"));
    }

    static Side lost(LocalDate close) {
        return new Side(Outcome.LOST, close, new BigDecimal("1000"));
    }

    static FlowBucket bucket(Side from, Side to) {
        return classify(from, to, QS, QE);
    }

    @Nested
    class EveryBucket {

        @Test
        void newIsInEndAndAbsentFromTheFirstSnapshot() {
            assertThat(bucket(null, open(IN))).isEqualTo(FlowBucket.NEW);
        }

        @Test
        void pulledInWasInTheFirstSnapshotClosingOutsideTheQuarterOrClosed() {
            assertThat(bucket(open(AFTER), open(IN))).isEqualTo(FlowBucket.PULLED_IN);
            assertThat(bucket(open(BEFORE), open(IN))).isEqualTo(FlowBucket.PULLED_IN);
            assertThat(bucket(lost(IN), open(IN))).as("reopened").isEqualTo(FlowBucket.PULLED_IN);
        }

        @Test
        void pushedOutWasInStartAndNowClosesAfterTheQuarter() {
            assertThat(bucket(open(IN), open(AFTER))).isEqualTo(FlowBucket.PUSHED_OUT);
        }

        @Test
        void wonAndLostWereInStartAndClosedSince() {
            assertThat(bucket(open(IN), won(IN))).isEqualTo(FlowBucket.WON);
            assertThat(bucket(open(IN), lost(IN))).isEqualTo(FlowBucket.LOST);
        }

        @Test
        void removedWasInStartAndIsGoneOrNowClosesBeforeTheQuarter() {
            assertThat(bucket(open(IN), null)).isEqualTo(FlowBucket.REMOVED);
            assertThat(bucket(open(IN), open(BEFORE))).isEqualTo(FlowBucket.REMOVED);
        }

        @Test
        void stayedIsInStartAndEndWithItsAmountChangeCountedApart() {
            assertThat(bucket(open(IN, "1000"), open(QE, "1500"))).isEqualTo(FlowBucket.STAYED);
            assertThat(FlowBucket.amountChange(open(IN, "1000"), open(IN, "1000.01"))).isEqualTo(FlowBucket.INCREASED);
            assertThat(FlowBucket.amountChange(open(IN, "1000"), open(IN, "999.99"))).isEqualTo(FlowBucket.DECREASED);
            assertThat(FlowBucket.amountChange(open(IN, "1000"), open(IN, "1000.00"))).isNull();
        }

        @Test
        void theQuarterIncludesItsFirstAndLastDay() {
            assertThat(bucket(open(QS), open(QE))).isEqualTo(FlowBucket.STAYED);
            assertThat(bucket(null, open(QS))).isEqualTo(FlowBucket.NEW);
            assertThat(bucket(open(QE), open(QE.plusDays(1)))).isEqualTo(FlowBucket.PUSHED_OUT);
            assertThat(bucket(open(QS), open(QS.minusDays(1)))).isEqualTo(FlowBucket.REMOVED);
        }

        @Test
        void aDealInNeitherStartNorEndMovesNothing() {
            assertThat(bucket(open(AFTER), open(AFTER))).isNull();
            assertThat(bucket(null, open(AFTER))).isNull();
            assertThat(bucket(open(BEFORE), null)).isNull();
            assertThat(bucket(won(IN), won(IN))).as("won before the first snapshot").isNull();
            assertThat(bucket(open(AFTER), lost(IN))).isNull();
        }

        @Test
        void aDealWonInTheQuarterWithoutBeingInStartIsToldApart() {
            assertThat(bucket(null, won(IN))).isEqualTo(FlowBucket.WON_OUTSIDE);
            assertThat(bucket(open(AFTER), won(IN))).isEqualTo(FlowBucket.WON_OUTSIDE);
            assertThat(bucket(null, won(AFTER))).isNull();
            assertThat(FlowBucket.WON_OUTSIDE.movement()).isFalse();
        }
    }

    @Nested
    class TheOrder {

        @Test
        void wonComesBeforePushedOutAndRemoved() {
            assertThat(bucket(open(IN), won(AFTER))).isEqualTo(FlowBucket.WON);
            assertThat(bucket(open(IN), won(BEFORE))).isEqualTo(FlowBucket.WON);
        }

        @Test
        void lostComesBeforePushedOutAndRemoved() {
            assertThat(bucket(open(IN), lost(AFTER))).isEqualTo(FlowBucket.LOST);
            assertThat(bucket(open(IN), lost(BEFORE))).isEqualTo(FlowBucket.LOST);
        }

        @Test
        void removedComesBeforePushedOutAndStayed() {
            assertThat(bucket(open(IN), open(BEFORE))).isEqualTo(FlowBucket.REMOVED);
        }

        @Test
        void aDealInStartIsNeverNewOrPulledIn() {
            assertThat(bucket(open(IN), open(IN))).isEqualTo(FlowBucket.STAYED);
        }

        @Test
        void newComesBeforePulledIn() {
            assertThat(bucket(null, open(IN))).isEqualTo(FlowBucket.NEW);
            assertThat(bucket(open(AFTER), open(IN))).isEqualTo(FlowBucket.PULLED_IN);
        }

        @Test
        void eachDealFallsInExactlyOneMovementBucketOrNone() {
            Side[] sides = {null, open(BEFORE), open(QS), open(IN), open(QE), open(AFTER), won(BEFORE), won(IN), won(AFTER),
                    lost(BEFORE), lost(IN), lost(AFTER)};
            for (Side from : sides) {
                for (Side to : sides) {
                    boolean inStart = from != null && from.openWithin(QS, QE);
                    boolean inEnd = to != null && to.openWithin(QS, QE);
                    FlowBucket b = bucket(from, to);
                    if (inStart || inEnd) {
                        assertThat(b).as("%s -> %s", from, to).isNotNull().matches(FlowBucket::movement);
                        assertThat(b == FlowBucket.STAYED || b == FlowBucket.NEW || b == FlowBucket.PULLED_IN)
                                .as("%s -> %s is in end exactly when its bucket is", from, to).isEqualTo(inEnd);
                    } else {
                        assertThat(b).as("%s -> %s", from, to).isIn(null, FlowBucket.WON_OUTSIDE);
                    }
                }
            }
        }
    }

    @Test
    void bucketsAreNamedInUrlsInLowerCase() {
        assertThat(FlowBucket.ofParam("pushed_out")).isEqualTo(FlowBucket.PUSHED_OUT);
        assertThat(FlowBucket.PULLED_IN.param()).isEqualTo("pulled_in");
        assertThatThrownBy(() -> FlowBucket.ofParam("sideways")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("pushed_out");
    }

    @Test
    void theWaterfallAddsUpFromItsMoves() {
        var moves = java.util.List.of(
                new FlowReads.Move(FlowBucket.STAYED, ForecastCategory.PIPELINE, ForecastCategory.COMMIT, 2, new BigDecimal("300.10"),
                        new BigDecimal("350.15"), 1, new BigDecimal("60.05"), 1, new BigDecimal("10.00")),
                new FlowReads.Move(FlowBucket.PUSHED_OUT, ForecastCategory.COMMIT, ForecastCategory.COMMIT, 1, new BigDecimal("99.99"),
                        new BigDecimal("120"), 0, BigDecimal.ZERO, 0, BigDecimal.ZERO),
                new FlowReads.Move(FlowBucket.NEW, null, ForecastCategory.BEST_CASE, 3, BigDecimal.ZERO, new BigDecimal("12.34"), 0,
                        BigDecimal.ZERO, 0, BigDecimal.ZERO),
                new FlowReads.Move(FlowBucket.WON_OUTSIDE, null, ForecastCategory.CLOSED, 1, BigDecimal.ZERO, new BigDecimal("7"), 0,
                        BigDecimal.ZERO, 0, BigDecimal.ZERO));
        Flow flow = Flow.of(moves);
        assertThat(flow.start().amount()).isEqualByComparingTo("400.09");
        assertThat(flow.end().amount()).isEqualByComparingTo("362.49");
        assertThat(flow.waterfallEnd()).isEqualByComparingTo(flow.end().amount());
        assertThat(flow.dealsInvolved()).isEqualTo(6);
        assertThat(flow.wonOutside().amount()).isEqualByComparingTo("7");
        assertThat(flow.matrix().rows().get(0).cells().get(2)).isEqualTo(new Flow.Total(2, new BigDecimal("350.15")));
        assertThat(flow.matrix().rows().get(2).cells().get(4)).isEqualTo(new Flow.Total(1, new BigDecimal("99.99")));
        assertThat(flow.matrix().rows().get(4).cells().get(1)).isEqualTo(new Flow.Total(3, new BigDecimal("12.34")));
    }
}
