package dev.cadence.boardpack;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a quarter's pack, section by section, as the live artifacts give them on {@code asOf}. A draft reads
 * them afresh on every view; finalizing stores them as JSON and a final version is shown from that snapshot, whatever
 * changed since. Everything a reader sees is here already formatted, so the snapshot shows it exactly as it was; the
 * charts' numbers are kept beside their labels.
 *
 * @param asOf          the day the figures stand at: the quarter's last day once it has ended, else today
 * @param quarterClosed whether the quarter had ended by {@code asOf}
 */
public record PackContent(String companyName, String quarterKey, String quarterLabel, String quarterLongLabel, String priorLabel,
                          String nextLabel, LocalDate asOf, boolean quarterClosed, List<Headline> headlines, Scorecard scorecard,
                          Forecast forecast, Bridge bridge, Drivers drivers, Decisions decisions, Experiments experiments,
                          Risks risks) {

    /**
     * A headline figure against its target and the prior quarter.
     *
     * @param target "—" when no target is set in Cadence
     * @param basis  where it comes from, in a few words ("NRR actuals", "forecast, quarter still open")
     * @param tone   {@code good}, {@code bad} or {@code neutral}: against the target when there is one
     */
    public record Headline(String name, String value, String target, String prior, String basis, String tone) {
    }

    /** Every approved metric; empty when the scorecard has none. */
    public record Scorecard(List<MetricLine> metrics) {
        public boolean empty() {
            return metrics.isEmpty() || metrics.stream().allMatch(m -> m.actual() == null);
        }
    }

    /**
     * A metric at the quarter's end against its target and the prior quarter's end.
     *
     * @param actual      the newest value for a period begun by the quarter's end (null: none entered)
     * @param statusKey   {@code on}, {@code risk}, {@code off} or {@code none}
     * @param trend       the values of the last four quarters, oldest first, a null where none was entered
     */
    public record MetricLine(String name, String owner, String cadence, String actual, String actualPeriod, String target,
                             String prior, String statusLabel, String statusSymbol, String statusKey, List<Double> trend,
                             boolean higherIsBetter) {

        /** The trend line (SVG), empty with fewer than two values. */
        public String sparkline() {
            return Charts.sparkline(trend);
        }
    }

    /**
     * The bookings call against plan, per segment and in total (last), and the accuracy of past calls.
     *
     * @param hasPlan whether any segment has a bookings target for the quarter
     * @param asOfSnapshot the CRM snapshot read, "—" when there is none
     */
    public record Forecast(boolean hasPlan, String asOfSnapshot, List<SegmentPlan> segments, List<PastCall> pastCalls,
                           String accuracySentence) {
        public boolean empty() {
            return !hasPlan && segments.stream().allMatch(s -> s.closedWonValue() == 0 && s.commitCall() == null);
        }

        public SegmentPlan total() {
            return segments.isEmpty() ? null : segments.get(segments.size() - 1);
        }

        /** The bookings-against-target chart (SVG). */
        public String planChart() {
            return Charts.plan(segments);
        }

        /** The past calls' accuracy chart (SVG). */
        public String accuracyChart() {
            return Charts.accuracy(pastCalls);
        }
    }

    /**
     * @param attainment closed won as a share of the target ("82%"), "—" without a target
     */
    public record SegmentPlan(String name, String target, String closedWon, String commitCall, String bestCaseCall, String openPipeline,
                              String attainment, double targetValue, double closedWonValue, double commitCallValue) {
    }

    /**
     * A closed quarter's calls against its actual bookings: the first call, the call at mid-quarter and the last, and
     * the average accuracy of the weekly commit calls.
     */
    public record PastCall(String quarterLabel, String actual, String firstCall, String midCall, String lastCall, String averageAccuracy,
                           double averageAccuracyValue) {
    }

    /**
     * The ARR bridge of the last four quarters (oldest first) and the pack quarter's NRR components with their owners.
     */
    public record Bridge(List<BridgeQuarter> quarters, List<ComponentLine> components, String nrrBasis) {
        public boolean empty() {
            return quarters.stream().noneMatch(BridgeQuarter::known);
        }

        public BridgeQuarter current() {
            return quarters.isEmpty() ? null : quarters.get(quarters.size() - 1);
        }

        /** The pack quarter's waterfall (SVG). */
        public String waterfall() {
            return Charts.waterfall(current());
        }
    }

    /**
     * One quarter's ARR movement: start, new business (bookings closed won), expansion, contraction, churn, end.
     *
     * @param basis  {@code actual}, {@code forecast} (the quarter's retention actuals not in yet) or {@code none}
     * @param ledger whether the end is finance's starting ARR of the next quarter (new business then is what that adds beyond
     *               the ARR retained); otherwise new business is the bookings closed won in the CRM
     */
    public record BridgeQuarter(String label, String basis, String start, String newArr, String expansion, String contraction,
                                String churn, String end, String nrr, String grr, boolean ledger, double startValue, double newValue,
                                double expansionValue, double contractionValue, double churnValue, double endValue) {
        public boolean known() {
            return !"none".equals(basis);
        }
    }

    /** An NRR component of the pack quarter: its one owner, the forecast, the actual once entered, and the last reason. */
    public record ComponentLine(String name, String owner, String forecast, String actual, String variance, String lastReason) {
    }

    /** The value-driver trees as they stood on the pack's day. */
    public record Drivers(List<TreeLine> trees) {
        public boolean empty() {
            return trees.isEmpty();
        }
    }

    public record TreeLine(String name, String outcomeName, String outcome, String target, LocalDate targetDate, String gap,
                           String gapLabel, boolean onTarget, int leverCount, String problem, List<LeverLine> leversOff) {
    }

    /** A lever whose linked metric was off its assumption. */
    public record LeverLine(String name, String owner, String assumption, String latest, String period, String status) {
    }

    /** The decisions made in the quarter with their message, and how many decisions were re-opened in it. */
    public record Decisions(List<DecisionLine> decided, int reopenedCount, List<String> reopenedTitles) {
        public boolean empty() {
            return decided.isEmpty() && reopenedCount == 0;
        }
    }

    public record DecisionLine(String title, String area, String decider, LocalDate decidedOn, String status, String outcome,
                               String message, int reopenCount) {
    }

    /** Experiments concluded in the quarter and those running at its end, with their verdicts and decisions. */
    public record Experiments(List<ExperimentLine> concluded, List<ExperimentLine> running) {
        public boolean empty() {
            return concluded.isEmpty() && running.isEmpty();
        }
    }

    public record ExperimentLine(String title, String owner, String lever, String criterion, LocalDate startedOn, LocalDate plannedEnd,
                                 LocalDate endedOn,
                                 String verdict, String verdictKey, String verdictSummary, String decision, String rationale,
                                 String observedResult) {
    }

    /** What the figures flag, each in a sentence; the asks are the leadership's commentary. */
    public record Risks(List<String> flagged) {
        public boolean empty() {
            return flagged.isEmpty();
        }
    }
}
