package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What moved between two snapshots for a quarter: start, the waterfall's buckets in {@link #WATERFALL} order, end, and
 * apart from the waterfall the deals that stayed and those won without being in start (see {@link FlowBucket}); and
 * the forecast-category transition matrix. Amounts are exact: {@code start + inflows − outflows = end}.
 */
public record Flow(Total start, List<Line> lines, Total end, Total stayed, Total wonOutside, Matrix matrix) {

    /** The waterfall's bars between start and end: inflows, then outflows. */
    public static final List<FlowBucket> WATERFALL = List.of(FlowBucket.NEW, FlowBucket.PULLED_IN, FlowBucket.INCREASED,
            FlowBucket.DECREASED, FlowBucket.PUSHED_OUT, FlowBucket.WON, FlowBucket.LOST, FlowBucket.REMOVED);
    /** The open forecast categories a deal in start or end has. */
    static final List<ForecastCategory> OPEN = List.of(ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE,
            ForecastCategory.COMMIT, ForecastCategory.OMITTED);
    private static final List<FlowBucket> LEFT = List.of(FlowBucket.PUSHED_OUT, FlowBucket.WON, FlowBucket.LOST, FlowBucket.REMOVED);

    public record Total(int deals, BigDecimal amount) {

        static final Total NONE = new Total(0, BigDecimal.ZERO);

        Total plus(int moreDeals, BigDecimal more) {
            return new Total(deals + moreDeals, amount.add(more));
        }
    }

    /** A bucket's deals and the amount it adds (inflow) or takes (outflow). */
    public record Line(FlowBucket bucket, int deals, BigDecimal amount) {

        public boolean inflow() {
            return bucket.direction() == FlowBucket.Direction.IN;
        }
    }

    /**
     * Start category to end category: a row per open category in start, then New and Pulled in; a column per open
     * category in end, then Pushed out, Won, Lost, Removed. A cell counts the amount at the end for the end's
     * categories, at the start for the deals that left.
     */
    public record Matrix(List<String> columns, List<Row> rows) {
    }

    public record Row(String label, List<Total> cells, Total total) {
    }

    static Flow of(List<FlowReads.Move> moves) {
        Map<FlowBucket, Total> buckets = new EnumMap<>(FlowBucket.class);
        Total start = Total.NONE;
        Total end = Total.NONE;
        int columns = OPEN.size() + LEFT.size();
        Total[][] cells = new Total[OPEN.size() + 2][columns];
        for (Total[] row : cells) {
            java.util.Arrays.fill(row, Total.NONE);
        }
        for (FlowReads.Move m : moves) {
            FlowBucket b = m.bucket();
            boolean fromStart = b == FlowBucket.STAYED || LEFT.contains(b);
            boolean intoEnd = b == FlowBucket.STAYED || b == FlowBucket.NEW || b == FlowBucket.PULLED_IN;
            BigDecimal counted = intoEnd || b == FlowBucket.WON_OUTSIDE ? m.toAmount() : m.fromAmount();
            buckets.merge(b, new Total(m.deals(), counted), (x, y) -> x.plus(y.deals(), y.amount()));
            if (fromStart) {
                start = start.plus(m.deals(), m.fromAmount());
            }
            if (intoEnd) {
                end = end.plus(m.deals(), m.toAmount());
            }
            if (b == FlowBucket.STAYED) {
                buckets.merge(FlowBucket.INCREASED, new Total(m.increased(), m.increasedAmount()), (x, y) -> x.plus(y.deals(), y.amount()));
                buckets.merge(FlowBucket.DECREASED, new Total(m.decreased(), m.decreasedAmount()), (x, y) -> x.plus(y.deals(), y.amount()));
            }
            if (b == FlowBucket.WON_OUTSIDE) {
                continue;
            }
            int row = fromStart ? openIndex(m.fromCategory()) : b == FlowBucket.NEW ? OPEN.size() : OPEN.size() + 1;
            int column = intoEnd ? openIndex(m.toCategory()) : OPEN.size() + LEFT.indexOf(b);
            cells[row][column] = cells[row][column].plus(m.deals(), counted);
        }
        List<Line> lines = WATERFALL.stream().map(b -> {
            Total t = buckets.getOrDefault(b, Total.NONE);
            return new Line(b, t.deals(), t.amount());
        }).toList();
        List<String> columnLabels = new ArrayList<>(OPEN.stream().map(ForecastCategory::label).toList());
        LEFT.forEach(b -> columnLabels.add(b.label()));
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            String label = r < OPEN.size() ? OPEN.get(r).label() : r == OPEN.size() ? FlowBucket.NEW.label() : FlowBucket.PULLED_IN.label();
            Total total = Total.NONE;
            for (Total cell : cells[r]) {
                total = total.plus(cell.deals(), cell.amount());
            }
            rows.add(new Row(label, List.of(cells[r]), total));
        }
        return new Flow(start, lines, end, buckets.getOrDefault(FlowBucket.STAYED, Total.NONE),
                buckets.getOrDefault(FlowBucket.WON_OUTSIDE, Total.NONE), new Matrix(columnLabels, rows));
    }

    /** Open deals are never in CLOSED; should one be, it counts as not forecast. */
    private static int openIndex(ForecastCategory category) {
        int i = OPEN.indexOf(category);
        return i < 0 ? OPEN.indexOf(ForecastCategory.OMITTED) : i;
    }

    public Line line(FlowBucket bucket) {
        return lines.stream().filter(l -> l.bucket() == bucket).findFirst().orElseThrow();
    }

    /** Start plus the inflows minus the outflows: equals {@link #end()} to the cent. */
    public BigDecimal waterfallEnd() {
        BigDecimal sum = start.amount();
        for (Line l : lines) {
            sum = l.inflow() ? sum.add(l.amount()) : sum.subtract(l.amount());
        }
        return sum;
    }

    /** The deals in start or in end: each in exactly one movement bucket. */
    public int dealsInvolved() {
        return stayed.deals() + lines.stream().filter(l -> l.bucket().movement()).mapToInt(Line::deals).sum();
    }

    public boolean empty() {
        return start.deals() == 0 && end.deals() == 0;
    }
}
