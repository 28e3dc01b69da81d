package dev.cadence.forecast;

import dev.cadence.company.SegmentView;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.pipeline.PipelineRollups.QuarterRollups;
import dev.cadence.pipeline.PipelineRollups.Rollup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How accurate the calls were: for each closed quarter (ended, with a snapshot on or after its last day), the actual
 * bookings — closed won in the quarter as of that first snapshot on or after its end — and, week by week, the commit
 * call and the CRM's roll-up (closed won + open commit at that week's snapshot) each with its accuracy, by segment and
 * in total; then each week of the quarter's average accuracy across the quarters.
 *
 * @param sentence the headline: how close this week-of-quarter's call usually is, or {@code null} without history
 */
public record AccuracyPage(List<QuarterAccuracy> quarters, List<WeekAverage> averages, ForecastChart chart, String sentence,
                           int headlineWeek) {

    /** One figure against the actual: the amount and its accuracy ({@code null}s when there is none). */
    public record Scored(BigDecimal amount, BigDecimal accuracy) {

        static Scored of(BigDecimal amount, BigDecimal actual) {
            return new Scored(amount, Accuracy.of(amount, actual));
        }

        public Integer percent() {
            return accuracy == null ? null : Accuracy.percent(accuracy);
        }
    }

    /** A segment's (or the total's, {@code segment} "Total") call and CRM for one week. */
    public record Cell(String segment, Scored call, Scored crm) {
    }

    /** One week of a closed quarter: the snapshot read and each segment's cell, the total last. */
    public record WeekRow(int week, LocalDate start, LocalDate snapshot, List<Cell> cells) {

        public Cell total() {
            return cells.get(cells.size() - 1);
        }
    }

    /** A segment's (or the total's) actual bookings in the quarter. */
    public record Actual(String segment, BigDecimal amount) {
    }

    public record QuarterAccuracy(FiscalQuarter quarter, LocalDate closing, List<Actual> actuals, List<WeekRow> weeks) {

        public Actual total() {
            return actuals.get(actuals.size() - 1);
        }
    }

    /** A week of the quarter's accuracy across the closed quarters that have it: the call's and the CRM's, in total. */
    public record WeekAverage(int week, BigDecimal call, BigDecimal crm, int quarters) {

        public Integer callPercent() {
            return call == null ? null : Accuracy.percent(call);
        }

        public Integer crmPercent() {
            return crm == null ? null : Accuracy.percent(crm);
        }

        public Integer callMiss() {
            return call == null ? null : Accuracy.missPercent(call);
        }
    }

    static QuarterAccuracy quarter(FiscalQuarter q, QuarterRollups r, List<ForecastCall> calls, List<SegmentView> segments,
                                   LocalDate today) {
        LocalDate closing = r.closing().orElseThrow();
        List<Actual> actuals = new ArrayList<>();
        for (SegmentView s : segments) {
            actuals.add(new Actual(s.name(), r.of(closing, s.id()).closedWon()));
        }
        BigDecimal totalActual = r.total(closing).closedWon();
        actuals.add(new Actual("Total", totalActual));
        List<WeekRow> weeks = new ArrayList<>();
        int count = WeekOfQuarter.count(q);
        for (int w = 1; w <= count; w++) {
            LocalDate end = WeekOfQuarter.end(q, w);
            LocalDate snapshot = r.latestOnOrBefore(end.isAfter(today) ? today : end).orElse(null);
            List<Cell> cells = new ArrayList<>();
            BigDecimal callSum = null;
            for (int i = 0; i < segments.size(); i++) {
                SegmentView s = segments.get(i);
                ForecastCall call = latest(calls, s.id(), w);
                BigDecimal crm = snapshot == null ? null : r.of(snapshot, s.id()).wonAndCommit();
                BigDecimal actual = actuals.get(i).amount();
                cells.add(new Cell(s.name(), Scored.of(call == null ? null : call.getCommitAmount(), actual), Scored.of(crm, actual)));
                if (call != null) {
                    callSum = callSum == null ? call.getCommitAmount() : callSum.add(call.getCommitAmount());
                }
            }
            BigDecimal crmTotal = snapshot == null ? null : r.total(snapshot).wonAndCommit();
            cells.add(new Cell("Total", Scored.of(callSum, totalActual), Scored.of(crmTotal, totalActual)));
            weeks.add(new WeekRow(w, WeekOfQuarter.start(q, w), snapshot, cells));
        }
        return new QuarterAccuracy(q, closing, actuals, weeks);
    }

    /** The segment's latest call for a week up to {@code week}. */
    private static ForecastCall latest(List<ForecastCall> calls, long segmentId, int week) {
        ForecastCall found = null;
        for (ForecastCall c : calls) {
            if (c.getSegmentId() == segmentId && c.getWeek() <= week && (found == null || c.getWeek() > found.getWeek())) {
                found = c;
            }
        }
        return found;
    }

    static AccuracyPage of(List<QuarterAccuracy> quarters, int headlineWeek) {
        int weeks = quarters.stream().mapToInt(q -> q.weeks().size()).max().orElse(0);
        List<WeekAverage> averages = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            List<BigDecimal> callAccuracies = new ArrayList<>();
            List<BigDecimal> crmAccuracies = new ArrayList<>();
            for (QuarterAccuracy q : quarters) {
                if (w <= q.weeks().size()) {
                    Cell total = q.weeks().get(w - 1).total();
                    if (total.call().accuracy() != null) {
                        callAccuracies.add(total.call().accuracy());
                    }
                    if (total.crm().accuracy() != null) {
                        crmAccuracies.add(total.crm().accuracy());
                    }
                }
            }
            averages.add(new WeekAverage(w, Accuracy.mean(callAccuracies), Accuracy.mean(crmAccuracies), callAccuracies.size()));
        }
        ForecastChart.Builder chart = ForecastChart.weeks(Math.max(weeks, 13), BigDecimal.ONE, true);
        for (QuarterAccuracy q : quarters) {
            chart.line(q.quarter().label() + " call", "quarter", q.weeks().stream().map(r -> r.total().call().accuracy()).toList());
        }
        chart.line("CRM, average", "crm", averages.stream().map(WeekAverage::crm).toList());
        chart.line("Call, average", "commit", averages.stream().map(WeekAverage::call).toList());
        return new AccuracyPage(quarters, averages, chart.build(), sentence(averages, headlineWeek), headlineWeek);
    }

    /** "Our week-4 call is usually within 8% of the actual (2 quarters)." */
    static String sentence(List<WeekAverage> averages, int week) {
        WeekAverage chosen = averages.stream().filter(a -> a.week() == week && a.call() != null).findFirst()
                .orElseGet(() -> averages.stream().filter(a -> a.call() != null).reduce((a, b) -> b).orElse(null));
        if (chosen == null) {
            return null;
        }
        String crm = chosen.crm() == null ? "" : "; the CRM's roll-up that week is usually within " + Accuracy.missPercent(chosen.crm()) + "%";
        return "Our week-" + chosen.week() + " call is usually within " + Accuracy.missPercent(chosen.call()) + "% of the quarter's actual"
                + crm + " (average over " + chosen.quarters() + (chosen.quarters() == 1 ? " quarter" : " quarters") + ").";
    }

    /** Whether any quarter is shown. */
    public boolean empty() {
        return quarters.isEmpty();
    }

    /** The averages that have a call. */
    public List<WeekAverage> averagesWithCalls() {
        return averages.stream().filter(a -> a.call() != null || a.crm() != null).filter(Objects::nonNull).toList();
    }
}
