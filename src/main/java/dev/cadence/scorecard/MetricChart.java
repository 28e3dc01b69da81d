package dev.cadence.scorecard;

import dev.cadence.period.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A metric's values over time, one line per segment (and company-wide), laid out for an inline SVG
 * the template draws: no script, so it prints in PDFs too.
 */
public record MetricChart(List<Series> series, List<Tick> xTicks, String yMin, String yMax, String targetY,
                          int width, int height) {

    public record Series(String name, String cssClass, String points) {
    }

    public record Tick(String x, String label) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 64;
    static final int RIGHT = 12;
    static final int TOP = 12;
    static final int BOTTOM = 28;

    /**
     * @param lines  per series, one value (or null) per period
     * @param target the current company-wide target, drawn as a dashed line; may be null
     */
    static MetricChart of(List<Period> periods, List<String> names, List<List<BigDecimal>> lines, BigDecimal target,
                          MetricUnit unit) {
        List<BigDecimal> all = new ArrayList<>();
        lines.forEach(l -> l.stream().filter(Objects::nonNull).forEach(all::add));
        if (target != null) {
            all.add(target);
        }
        if (all.isEmpty()) {
            return null;
        }
        double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        if (max - min == 0) {
            max = max + 1;
            min = min - 1;
        }
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double step = plotW / Math.max(1, periods.size() - 1);
        final double lo = min;
        final double span = max - min;
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < lines.size(); s++) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                BigDecimal v = lines.get(s).get(i);
                if (v != null) {
                    points.add(fmt(LEFT + i * step) + "," + fmt(TOP + plotH - (v.doubleValue() - lo) / span * plotH));
                }
            }
            if (!points.isEmpty()) {
                series.add(new Series(names.get(s), "series-" + s, String.join(" ", points)));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, periods.size() / 6);
        for (int i = periods.size() - 1; i >= 0; i -= every) {
            ticks.add(0, new Tick(fmt(LEFT + i * step), periods.get(i).label()));
        }
        String targetY = target == null ? null : fmt(TOP + plotH - (target.doubleValue() - lo) / span * plotH);
        return new MetricChart(series, ticks, unit.format(BigDecimal.valueOf(min)), unit.format(BigDecimal.valueOf(max)),
                targetY, WIDTH, HEIGHT);
    }

    /**
     * One decimal, rounded half up, as {@code String.format(Locale.ROOT, "%.1f", value)} writes it
     * (coordinates are never negative), without a Formatter's set-up on each of a chart's hundred points.
     */
    private static String fmt(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }
}
