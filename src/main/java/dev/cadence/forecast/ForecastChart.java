package dev.cadence.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A week-by-week chart as SVG geometry, drawn by the template: weeks of the quarter across, amounts (or percentages)
 * up; bars (closed won), lines (the call, the CRM), a dashed reference line (the target). Nothing but numbers here.
 */
public record ForecastChart(int width, int height, int left, int right, int top, int baseline, List<Tick> yTicks,
                            List<Tick> xTicks, List<Bar> bars, List<Series> series, Tick reference) {

    static final int WIDTH = 1000;
    static final int HEIGHT = 300;
    static final int LEFT = 64;
    static final int RIGHT = 16;
    static final int TOP = 18;
    static final int BASELINE = 262;

    /** A gridline or axis label at {@code pos} (y for amounts, x for weeks). */
    public record Tick(int pos, String label) {
    }

    /** A bar of the week at {@code x}, {@code label} for its title. */
    public record Bar(int x, int y, int barWidth, int barHeight, String label) {
    }

    /** A point of a line, {@code label} for its title. */
    public record Point(int x, int y, String label) {
    }

    /** A line: its name (the legend), a CSS modifier, its points as an SVG {@code points} list and one by one. */
    public record Series(String name, String kind, String points, List<Point> dots) {

        /** Built here: Thymeleaf would read the BEM double underscore as a preprocessing marker. */
        public String cssClass() {
            return "forecast-chart__line forecast-chart__line--" + kind;
        }

        public String dotClass() {
            return "forecast-chart__dot forecast-chart__dot--" + kind;
        }
    }

    /** Lays out a chart of {@code weeks} weeks with values up to {@code max} (at least 1), labelled by {@code label}. */
    static Builder weeks(int weeks, BigDecimal max, boolean percent) {
        return new Builder(weeks, max.signum() <= 0 ? BigDecimal.ONE : max, percent);
    }

    static final class Builder {
        private final int weeks;
        private final BigDecimal max;
        private final boolean percent;
        private final double slot;
        private final List<Bar> bars = new ArrayList<>();
        private final List<Series> series = new ArrayList<>();
        private Tick reference;

        Builder(int weeks, BigDecimal max, boolean percent) {
            this.weeks = Math.max(weeks, 1);
            this.percent = percent;
            this.max = percent ? max : niceCeiling(max);
            this.slot = (double) (WIDTH - LEFT - RIGHT) / this.weeks;
        }

        int x(int week) {
            return (int) Math.round(LEFT + (week - 0.5) * slot);
        }

        int y(BigDecimal value) {
            BigDecimal clamped = value.max(BigDecimal.ZERO).min(max);
            return BASELINE - clamped.multiply(BigDecimal.valueOf(BASELINE - TOP)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        }

        String label(BigDecimal value) {
            return percent ? Accuracy.percent(value) + "%" : Money.brief(value);
        }

        Builder bar(int week, BigDecimal value, String title) {
            int barWidth = (int) Math.round(slot * 0.46);
            int top = y(value);
            bars.add(new Bar(x(week) - barWidth / 2, top, barWidth, Math.max(1, BASELINE - top), title));
            return this;
        }

        /** A line through the weeks that have a value ({@code values.get(i)} is week i + 1; {@code null}: none). */
        Builder line(String name, String kind, List<BigDecimal> values) {
            List<Point> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                BigDecimal v = values.get(i);
                if (v == null) {
                    continue;
                }
                Point p = new Point(x(i + 1), y(v), name + ", week " + (i + 1) + ": " + label(v));
                dots.add(p);
                points.append(points.isEmpty() ? "" : " ").append(p.x()).append(',').append(p.y());
            }
            if (!dots.isEmpty()) {
                series.add(new Series(name, kind, points.toString(), dots));
            }
            return this;
        }

        Builder reference(BigDecimal value, String name) {
            if (value != null) {
                reference = new Tick(y(value), name + " " + label(value));
            }
            return this;
        }

        ForecastChart build() {
            List<Tick> yTicks = new ArrayList<>();
            for (int i = 0; i <= 4; i++) {
                BigDecimal v = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
                yTicks.add(new Tick(y(v), label(v)));
            }
            List<Tick> xTicks = new ArrayList<>();
            for (int w = 1; w <= weeks; w++) {
                xTicks.add(new Tick(x(w), "W" + w));
            }
            return new ForecastChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, BASELINE, yTicks, xTicks, bars, series, reference);
        }
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at or above the value: round gridlines. */
    static BigDecimal niceCeiling(BigDecimal value) {
        double v = value.doubleValue();
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= v) {
                return BigDecimal.valueOf(step * power).setScale(0, RoundingMode.CEILING);
            }
        }
        return value;
    }
}
