package dev.cadence.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The trend of a row as an inline SVG polyline (rendered by the template, so no script and no
 * inline style). Missing values break nothing: the line joins the values there are.
 */
public record Sparkline(String points, String lastX, String lastY, int width, int height) {

    static final int WIDTH = 80;
    static final int HEIGHT = 24;
    private static final double PAD = 2.5;

    static Sparkline of(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.size() < 2) {
            return null;
        }
        double min = present.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = present.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        double step = (WIDTH - 2 * PAD) / Math.max(1, values.size() - 1);
        List<String> points = new ArrayList<>();
        String lastX = null;
        String lastY = null;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                continue;
            }
            double x = PAD + i * step;
            double y = HEIGHT - PAD - (values.get(i).doubleValue() - min) / span * (HEIGHT - 2 * PAD);
            lastX = oneDecimal(x);
            lastY = oneDecimal(y);
            points.add(lastX + "," + lastY);
        }
        return new Sparkline(String.join(" ", points), lastX, lastY, WIDTH, HEIGHT);
    }

    /** "12.3" — the coordinates are never negative; cheaper than String.format on a busy page. */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
