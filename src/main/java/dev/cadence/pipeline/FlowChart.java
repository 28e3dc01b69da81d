package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The waterfall as SVG geometry, drawn by the template: start, each bucket floating from the running level (inflows
 * up, outflows down), end; a dashed connector at the level between one bar and the next.
 */
public record FlowChart(int width, int height, int baseline, List<Bar> bars) {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 290;
    private static final int TOP = 26;
    private static final int BASELINE = 250;
    private static final int LEFT = 10;

    /**
     * One bar: {@code bucket} is {@code null} for start and end; {@code kind} is total, in or out; {@code nextX} and
     * {@code levelY} draw the connector to the next bar ({@code nextX} 0 for the last).
     */
    public record Bar(FlowBucket bucket, String label, String value, String kind, int deals, int x, int y, int barWidth,
                      int barHeight, int levelY, int nextX) {

        /** Built here: Thymeleaf would read the BEM double underscore as a preprocessing marker. */
        public String cssClass() {
            return "waterfall__bar waterfall__bar--" + kind;
        }

        public int centre() {
            return x + barWidth / 2;
        }
    }

    static FlowChart of(Flow flow) {
        int count = flow.lines().size() + 2;
        double slot = (WIDTH - 2.0 * LEFT) / count;
        int barWidth = (int) Math.round(slot * 0.62);
        // Bottom and top of each bar, in amounts, and the running level after it.
        List<BigDecimal[]> spans = new ArrayList<>();
        BigDecimal level = flow.start().amount();
        spans.add(new BigDecimal[] {BigDecimal.ZERO, level});
        for (Flow.Line line : flow.lines()) {
            BigDecimal next = line.inflow() ? level.add(line.amount()) : level.subtract(line.amount());
            spans.add(new BigDecimal[] {level.min(next), level.max(next)});
            level = next;
        }
        spans.add(new BigDecimal[] {BigDecimal.ZERO, flow.end().amount()});
        BigDecimal max = spans.stream().map(s -> s[1]).reduce(BigDecimal.ONE, BigDecimal::max);

        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int x = (int) Math.round(LEFT + i * slot + (slot - barWidth) / 2);
            int top = y(spans.get(i)[1], max);
            int bottom = y(spans.get(i)[0], max);
            // The level the next bar starts from: the top of a total or inflow, the bottom of an outflow.
            String kind;
            String label;
            String value;
            FlowBucket bucket = null;
            int deals;
            int levelY;
            if (i == 0 || i == count - 1) {
                Flow.Total total = i == 0 ? flow.start() : flow.end();
                kind = "total";
                label = i == 0 ? "Start" : "End";
                value = money(total.amount());
                deals = total.deals();
                levelY = top;
            } else {
                Flow.Line line = flow.lines().get(i - 1);
                bucket = line.bucket();
                kind = line.inflow() ? "in" : "out";
                label = shortLabel(bucket);
                value = (line.amount().signum() == 0 ? "" : line.inflow() ? "+" : "−") + money(line.amount());
                deals = line.deals();
                levelY = line.inflow() ? top : bottom;
            }
            int nextX = i == count - 1 ? 0 : (int) Math.round(LEFT + (i + 1) * slot + (slot - barWidth) / 2);
            bars.add(new Bar(bucket, label, value, kind, deals, x, top, barWidth, Math.max(1, bottom - top), levelY, nextX));
        }
        return new FlowChart(WIDTH, HEIGHT, BASELINE, bars);
    }

    private static int y(BigDecimal amount, BigDecimal max) {
        return BASELINE - amount.multiply(BigDecimal.valueOf(BASELINE - TOP)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }

    private static String shortLabel(FlowBucket bucket) {
        return switch (bucket) {
            case INCREASED -> "Increased";
            case DECREASED -> "Decreased";
            default -> bucket.label();
        };
    }

    /** {@code +$1.2M}, {@code −$450K}, {@code $0}: a change, signed. */
    static String signedMoney(BigDecimal amount) {
        int sign = amount.signum();
        return (sign > 0 ? "+" : sign < 0 ? "−" : "") + money(amount.abs());
    }

    /** {@code $1.2M}, {@code $450K}, {@code $900}: short enough to sit above a bar. */
    static String money(BigDecimal amount) {
        double v = amount.doubleValue();
        if (v >= 1_000_000) {
            return String.format(Locale.ROOT, "$%.1fM", v / 1_000_000);
        }
        if (v >= 1_000) {
            return String.format(Locale.ROOT, "$%.0fK", v / 1_000);
        }
        return String.format(Locale.ROOT, "$%.0f", v);
    }
}
