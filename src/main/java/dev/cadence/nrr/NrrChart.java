package dev.cadence.nrr;

import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Each component's forecast over the quarter's weeks as SVG geometry, drawn by the template: a step line per component
 * (a forecast holds until its next update), a dot at each update, the actual at the quarter's end once entered.
 */
public record NrrChart(int width, int height, int plotLeft, int plotRight, int plotTop, int baseline, List<Tick> weeks,
                       List<Tick> amounts, List<Line> lines, Integer todayX) {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 130;
    private static final int TOP = 14;
    private static final int BASELINE = 226;

    /** A tick: a week's Monday on the x axis ({@code day}), or an amount on the y axis ({@code label}). */
    public record Tick(int position, LocalDate day, String label) {
    }

    public record Dot(int x, int y, String title) {
    }

    /** One component's path: {@code points} for a polyline; its actual (if entered) at {@code actualY}. */
    public record Line(NrrComponent component, String points, List<Dot> dots, int endX, int endY, String endLabel,
                       Integer actualY, String actualLabel) {

        /** Built here: Thymeleaf would read the BEM double underscore as a preprocessing marker. */
        public String cssClass() {
            return "nrr-chart__line nrr-chart__line--" + component.param();
        }

        public String dotClass() {
            return "nrr-chart__dot nrr-chart__dot--" + component.param();
        }
    }

    static NrrChart of(FiscalQuarter quarter, LocalDate today, ZoneId zone, List<UpdateView> updates, Map<NrrComponent, BigDecimal> actuals) {
        LocalDate start = quarter.start();
        LocalDate end = quarter.end();
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal max = BigDecimal.ZERO;
        for (UpdateView u : updates) {
            max = max.max(u.amount());
        }
        for (BigDecimal a : actuals.values()) {
            if (a != null) {
                max = max.max(a);
            }
        }
        max = niceCeiling(max);
        Scale scale = new Scale(start, days, max);

        List<Tick> weeks = new ArrayList<>();
        int n = 0;
        for (LocalDate monday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !monday.isAfter(end); monday = monday.plusWeeks(1)) {
            weeks.add(new Tick(scale.x(monday), monday, n++ % 2 == 0 ? "label" : null));
        }
        List<Tick> amounts = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            BigDecimal v = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_EVEN);
            amounts.add(new Tick(scale.y(v), null, Money.brief(v)));
        }

        Map<NrrComponent, List<UpdateView>> byComponent = new EnumMap<>(NrrComponent.class);
        updates.forEach(u -> byComponent.computeIfAbsent(u.component(), k -> new ArrayList<>()).add(u));
        LocalDate lineEnd = today.isBefore(end) ? (today.isBefore(start) ? start : today) : end;
        List<Line> lines = new ArrayList<>();
        for (NrrComponent c : NrrComponent.values()) {
            List<UpdateView> path = byComponent.getOrDefault(c, List.of());
            BigDecimal actual = actuals.get(c);
            if (path.isEmpty() && actual == null) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            Integer lastY = null;
            int lastX = scale.x(start);
            for (UpdateView u : path) {
                LocalDate day = clamp(u.at().atZone(zone).toLocalDate(), start, end);
                int x = scale.x(day);
                int y = scale.y(u.amount());
                if (lastY != null) {
                    points.append(x).append(',').append(lastY).append(' ');
                }
                points.append(x).append(',').append(y).append(' ');
                dots.add(new Dot(x, y, c.label() + ": " + Money.full(u.amount())));
                lastX = x;
                lastY = y;
            }
            int endX = lastX;
            if (lastY != null) {
                endX = Math.max(lastX, scale.x(lineEnd));
                points.append(endX).append(',').append(lastY);
            }
            lines.add(new Line(c, points.toString().trim(), dots, endX, lastY == null ? scale.y(BigDecimal.ZERO) : lastY,
                    path.isEmpty() ? null : c.label() + " " + Money.brief(path.get(path.size() - 1).amount()),
                    actual == null ? null : scale.y(actual), actual == null ? null : "actual " + Money.brief(actual)));
        }
        Integer todayX = !today.isBefore(start) && !today.isAfter(end) ? scale.x(today) : null;
        return new NrrChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, BASELINE, weeks, amounts, lines, todayX);
    }

    private record Scale(LocalDate start, long days, BigDecimal max) {

        int x(LocalDate day) {
            long offset = ChronoUnit.DAYS.between(start, day);
            return LEFT + (int) Math.round((double) offset / Math.max(1, days - 1) * (WIDTH - RIGHT - LEFT));
        }

        int y(BigDecimal amount) {
            if (max.signum() == 0) {
                return BASELINE;
            }
            return BASELINE - amount.multiply(BigDecimal.valueOf(BASELINE - TOP)).divide(max, 0, RoundingMode.HALF_UP).intValue();
        }
    }

    private static LocalDate clamp(LocalDate day, LocalDate start, LocalDate end) {
        return day.isBefore(start) ? start : day.isAfter(end) ? end : day;
    }

    /** A round top for the axis: 1, 2, 2.5 or 5 times a power of ten, above the largest amount ($100K when there is none). */
    static BigDecimal niceCeiling(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.valueOf(100_000);
        }
        BigDecimal power = BigDecimal.ONE.movePointRight(max.setScale(0, RoundingMode.CEILING).precision() - 1);
        for (String step : new String[] {"1", "1.5", "2", "2.5", "3", "4", "5", "6", "8", "10"}) {
            BigDecimal top = power.multiply(new BigDecimal(step));
            if (top.compareTo(max.multiply(new BigDecimal("1.1"))) >= 0) {
                return top;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }
}
