package dev.cadence.boardpack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The pack's charts as inline SVG, the same markup on the page and in the PDF (where it stays vector graphics). Drawn
 * from the pack's numbers only, so a final version's charts come out of its snapshot as they were. Every text is
 * escaped; the colours are the stylesheet's.
 */
public final class Charts {

    private static final String INK = "#17212b";
    private static final String MUTED = "#4a5867";
    private static final String RULE = "#c9d2dc";
    private static final String NAVY = "#1f3a5f";
    private static final String BLUE = "#5b8bc9";
    private static final String PALE = "#dbe6f3";
    private static final String GREEN = "#1e7a46";
    private static final String RED = "#b42318";
    private static final String FONT = "font-family=\"Cadence Sans, DejaVu Sans, Helvetica, sans-serif\"";

    private Charts() {
    }

    /** A metric's trend: a line through the values there are, the last one dotted; empty for fewer than two values. */
    public static String sparkline(List<Double> values) {
        List<double[]> points = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Double v : values) {
            if (v != null) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        int w = 96;
        int h = 22;
        double pad = 2.5;
        double span = max - min == 0 ? 1 : max - min;
        double step = (w - 2 * pad) / Math.max(1, values.size() - 1);
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null) {
                points.add(new double[] {pad + i * step, h - pad - (v - min) / span * (h - 2 * pad)});
            }
        }
        if (points.size() < 2) {
            return "";
        }
        StringBuilder line = new StringBuilder();
        for (double[] p : points) {
            line.append(n(p[0])).append(',').append(n(p[1])).append(' ');
        }
        double[] last = points.get(points.size() - 1);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pack-spark\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w
                + " " + h + "\" role=\"img\" aria-label=\"Trend over the last four quarters\">"
                + "<polyline fill=\"none\" stroke=\"" + NAVY + "\" stroke-width=\"1.4\" stroke-linejoin=\"round\" points=\"" + line.toString().trim()
                + "\"/><circle cx=\"" + n(last[0]) + "\" cy=\"" + n(last[1]) + "\" r=\"2.2\" fill=\"" + NAVY + "\"/></svg>";
    }

    /** The quarter's ARR bridge as a waterfall: start, new, expansion, contraction, churn, end. */
    public static String waterfall(PackContent.BridgeQuarter q) {
        if (q == null || !q.known()) {
            return "";
        }
        String[] labels = {"Start", "New", "Expansion", "Contraction", "Churn", "End"};
        String[] shown = {q.start(), "+" + q.newArr(), "+" + q.expansion(), q.contraction(), q.churn(), q.end()};
        double[] from = new double[6];
        double[] to = new double[6];
        double running = q.startValue();
        from[0] = 0;
        to[0] = running;
        double[] moves = {q.newValue(), q.expansionValue(), -q.contractionValue(), -q.churnValue()};
        for (int i = 0; i < 4; i++) {
            from[i + 1] = running;
            running += moves[i];
            to[i + 1] = running;
        }
        from[5] = 0;
        to[5] = q.endValue();
        // The axis starts below the smallest level reached, so the movements are visible beside ARR in the tens of millions.
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int i = 0; i < 6; i++) {
            high = Math.max(high, Math.max(from[i], to[i]));
            if (i > 0 && i < 5) {
                low = Math.min(low, Math.min(from[i], to[i]));
            }
        }
        double floor = Math.max(0, low - (high - low) * 0.6);
        int w = 640;
        int h = 214;
        int top = 22;
        int bottom = 40;
        int left = 10;
        double plot = h - top - bottom;
        double slot = (w - 2 * left) / 6.0;
        double bar = slot * 0.56;
        StringBuilder svg = open(w, h, "ARR bridge of " + q.label() + ": start " + q.start() + ", new " + q.newArr() + ", expansion "
                + q.expansion() + ", contraction " + q.contraction() + ", churn " + q.churn() + ", end " + q.end());
        svg.append(line(left, h - bottom, w - left, h - bottom, RULE, 1));
        for (int i = 0; i < 6; i++) {
            double a = y(Math.max(from[i], floor), floor, high, top, plot);
            double b = y(Math.max(to[i], floor), floor, high, top, plot);
            double x = left + i * slot + (slot - bar) / 2;
            String fill = i == 0 || i == 5 ? NAVY : i <= 2 ? GREEN : RED;
            double yTop = Math.min(a, b);
            double height = Math.max(1, Math.abs(a - b));
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(yTop)).append("\" width=\"").append(n(bar))
                    .append("\" height=\"").append(n(height)).append("\" fill=\"").append(fill).append("\"/>");
            if (i < 5) {
                double level = y(Math.max(to[i], floor), floor, high, top, plot);
                svg.append(dashed(x + bar, level, x + slot, level));
            }
            svg.append(text(x + bar / 2, yTop - 5, shown[i], INK, 11, "middle", true));
            svg.append(text(x + bar / 2, h - bottom + 16, labels[i], MUTED, 11, "middle", false));
        }
        if (floor > 0) {
            svg.append(text(left, h - 4, "The axis starts at " + money(floor) + ": the movements are to scale, the totals are not.", MUTED, 9,
                    "start", false));
        }
        return svg.append("</svg>").toString();
    }

    /** Each segment's bookings against its target: the target as an outline, closed won solid, the commit call as a tick. */
    public static String plan(List<PackContent.SegmentPlan> segments) {
        double max = 0;
        for (PackContent.SegmentPlan s : segments) {
            max = Math.max(max, Math.max(s.targetValue(), Math.max(s.closedWonValue(), s.commitCallValue())));
        }
        if (max <= 0) {
            return "";
        }
        int w = 640;
        int row = 30;
        int labelWidth = 110;
        int valueWidth = 150;
        int h = segments.size() * row + 26;
        double plotWidth = w - labelWidth - valueWidth;
        StringBuilder svg = open(w, h, "Bookings against target by segment");
        for (int i = 0; i < segments.size(); i++) {
            PackContent.SegmentPlan s = segments.get(i);
            double y = 6 + i * row;
            boolean total = i == segments.size() - 1;
            svg.append(text(0, y + 15, s.name(), INK, 11, "start", total));
            double target = s.targetValue() / max * plotWidth;
            double won = s.closedWonValue() / max * plotWidth;
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(n(y + 3)).append("\" width=\"").append(n(Math.max(won, 0.5)))
                    .append("\" height=\"16\" fill=\"").append(total ? NAVY : BLUE).append("\"/>");
            if (target > 0) {
                svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(n(y + 1)).append("\" width=\"").append(n(target))
                        .append("\" height=\"20\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"0.8\"/>");
            }
            if (s.commitCallValue() > 0) {
                double x = labelWidth + s.commitCallValue() / max * plotWidth;
                svg.append(line(x, y - 1, x, y + 23, RED, 2));
            }
            svg.append(text(w, y + 15, s.closedWon() + " of " + s.target() + " (" + s.attainment() + ")", INK, 11, "end", total));
        }
        double ly = h - 8;
        svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(n(ly - 8)).append("\" width=\"10\" height=\"8\" fill=\"")
                .append(BLUE).append("\"/>").append(text(labelWidth + 14, ly, "Closed won", MUTED, 9, "start", false));
        svg.append("<rect x=\"").append(labelWidth + 80).append("\" y=\"").append(n(ly - 8)).append("\" width=\"10\" height=\"8\" fill=\"none\" stroke=\"")
                .append(INK).append("\" stroke-width=\"0.8\"/>").append(text(labelWidth + 94, ly, "Target", MUTED, 9, "start", false));
        svg.append(line(labelWidth + 142, ly - 9, labelWidth + 142, ly + 1, RED, 2))
                .append(text(labelWidth + 148, ly, "Commit call", MUTED, 9, "start", false));
        return svg.append("</svg>").toString();
    }

    /** The average accuracy of the weekly commit calls of each closed quarter, as columns out of 100%. */
    public static String accuracy(List<PackContent.PastCall> calls) {
        if (calls.stream().noneMatch(c -> c.averageAccuracyValue() > 0)) {
            return "";
        }
        int w = 300;
        int h = 130;
        int top = 16;
        int bottom = 22;
        double plot = h - top - bottom;
        double slot = (w - 20) / (double) Math.max(calls.size(), 1);
        StringBuilder svg = open(w, h, "Average accuracy of the weekly commit call by quarter");
        svg.append(line(10, h - bottom, w - 10, h - bottom, RULE, 1));
        double ninety = top + plot * 0.1;
        svg.append(dashed(10, ninety, w - 10, ninety)).append(text(w - 10, ninety - 3, "90%", MUTED, 9, "end", false));
        for (int i = 0; i < calls.size(); i++) {
            PackContent.PastCall c = calls.get(i);
            double value = Math.max(0, Math.min(1, c.averageAccuracyValue()));
            double height = value * plot;
            double x = 10 + i * slot + slot * 0.25;
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(h - bottom - height)).append("\" width=\"")
                    .append(n(slot * 0.5)).append("\" height=\"").append(n(height)).append("\" fill=\"")
                    .append(value >= 0.9 ? NAVY : BLUE).append("\"/>");
            svg.append(text(x + slot * 0.25, h - bottom - height - 4, c.averageAccuracy(), INK, 10, "middle", true));
            svg.append(text(x + slot * 0.25, h - 7, c.quarterLabel(), MUTED, 10, "middle", false));
        }
        return svg.append("</svg>").toString();
    }

    // ---- drawing ----

    private static StringBuilder open(int w, int h, String label) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pack-chart\" width=\"").append(w).append("\" height=\"")
                .append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" role=\"img\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label, "UTF-8")).append("\">");
    }

    private static double y(double value, double floor, double high, int top, double plot) {
        return top + plot - (value - floor) / (high - floor == 0 ? 1 : high - floor) * plot;
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\"" + colour
                + "\" stroke-width=\"" + n(width) + "\"/>";
    }

    private static String dashed(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\"" + MUTED
                + "\" stroke-width=\"0.7\" stroke-dasharray=\"3 2\"/>";
    }

    private static String text(double x, double y, String s, String colour, int size, String anchor, boolean bold) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" " + FONT + " font-size=\"" + size + "\" fill=\"" + colour + "\" text-anchor=\""
                + anchor + "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8") + "</text>";
    }

    private static String money(double v) {
        return v >= 1_000_000 ? "$" + String.format(Locale.ROOT, "%.1f", v / 1_000_000) + "M"
                : "$" + String.format(Locale.ROOT, "%.0f", v / 1_000) + "K";
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
