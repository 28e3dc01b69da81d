package dev.cadence.web;

import dev.cadence.web.TypedNumber.Symbol;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Numbers as people type them, the one place they are read: {@code 41.5}, {@code -3}, {@code $1,200},
 * {@code 41.5%}, {@code 450k}, {@code $1.2M}, {@code 3.2×}, {@code 41 d}, {@code 1e6}; a blank is no number.
 * <ul>
 *   <li>A comma groups thousands, so it must be followed by exactly three digits ({@code 1,200,000});
 *       {@code 1,5} is refused as ambiguous, not read as 15 (nor as 1.5).</li>
 *   <li>{@code k}, {@code M} (or {@code m}) and {@code B} (or {@code bn}) multiply by a thousand, a million
 *       and a billion.</li>
 *   <li>{@code $}, {@code %}, {@code ×} (or {@code x}) and {@code d} (or {@code days}) are kept as the
 *       {@link TypedNumber#symbol() symbol}: whoever knows what the number counts refuses one that does not
 *       fit (a metric's unit, in the scorecard). This formatter only reads.</li>
 * </ul>
 * Spring Boot registers this bean once, for every {@link TypedNumber} a form or request parameter binds;
 * other typed input (a CSV import) reads its numbers with {@link #read} too. Text that is no number is
 * refused with a message for whoever typed it, which {@link RefusalAdvice} shows beside its field. Whether
 * a number fits where it goes (its unit, range and decimals) is the feature's rule, not this one's.
 */
@Component
public class NumberFormatter implements Formatter<TypedNumber> {

    /** Longer text is no number anyone types (and is not worth parsing). */
    static final int MAX_LENGTH = 64;

    /** Beyond this many digits before the point, a number is printed in scientific notation rather than in full. */
    private static final int MAX_PLAIN_DIGITS = 40;

    private static final String MINUS = "[-+\u2212]";
    private static final Pattern NUMBER = Pattern.compile("(?<sign>" + MINUS + ")?\\s*(?<dollar>\\$)?\\s*(?<sign2>" + MINUS + ")?"
            + "(?<whole>\\d{1,3}(?:,\\d{3})+|\\d*)(?<fraction>\\.\\d*)?(?<exponent>e[-+]?\\d{1,4})?"
            + "\\s*(?<scale>bn|[kmb])?\\s*(?<mark>%|x|×|days?|d)?", Pattern.CASE_INSENSITIVE);
    /** Digits with commas that do not group thousands: {@code 1,5}, {@code 12,34}, {@code 1,2345}. */
    private static final Pattern BAD_GROUPING = Pattern.compile("\\d*,(?!\\d{3}(?!\\d))|^,|,$");

    @Override
    public TypedNumber parse(String text, Locale locale) {
        return read(text);
    }

    /** The number in the text, or {@code null} when it is blank; refused when it is no number, or an ambiguous one. */
    public TypedNumber read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        if (typed.length() <= MAX_LENGTH) {
            Matcher m = NUMBER.matcher(typed);
            if (m.matches() && hasDigits(m) && (m.group("sign") == null || m.group("sign2") == null)) {
                if (m.group("dollar") != null && m.group("mark") != null) {
                    throw new RuleViolationException("\"" + typed + "\" has both $ and " + m.group("mark")
                            + ": write the number with one of them, e.g. $1,200 or 41.5%.");
                }
                try {
                    return new TypedNumber(value(m), symbol(m), m.group("scale") != null, typed);
                } catch (NumberFormatException | ArithmeticException notANumber) {
                    // refused below
                }
            } else if (typed.contains(",") && BAD_GROUPING.matcher(typed).find() && NUMBER.matcher(typed.replace(",", "")).matches()) {
                throw new RuleViolationException("\"" + typed + "\" is ambiguous: a comma groups thousands, as in 1,500. "
                        + "Write a decimal with a point, e.g. 1.5.");
            }
        }
        String shown = typed.length() <= 24 ? typed : typed.substring(0, 20) + "…";
        throw new RuleViolationException("\"" + shown + "\" is not a number. Use digits, e.g. 3.2 or 41.5.");
    }

    private static boolean hasDigits(Matcher m) {
        return !m.group("whole").isEmpty() || m.group("fraction") != null && m.group("fraction").length() > 1;
    }

    private static BigDecimal value(Matcher m) {
        String sign = m.group("sign") != null ? m.group("sign") : m.group("sign2");
        String whole = m.group("whole").replace(",", "");
        BigDecimal number = new BigDecimal((whole.isEmpty() ? "0" : whole)
                + (m.group("fraction") == null || m.group("fraction").length() == 1 ? "" : m.group("fraction"))
                + (m.group("exponent") == null ? "" : m.group("exponent")));
        if (m.group("scale") != null) {
            number = number.movePointRight(switch (m.group("scale").toLowerCase(Locale.ROOT)) {
                case "k" -> 3;
                case "m" -> 6;
                default -> 9;
            });
        }
        return sign != null && !sign.equals("+") ? number.negate() : number;
    }

    private static Symbol symbol(Matcher m) {
        if (m.group("dollar") != null) {
            return Symbol.DOLLAR;
        }
        String mark = m.group("mark");
        if (mark == null) {
            return null;
        }
        return switch (mark.toLowerCase(Locale.ROOT)) {
            case "%" -> Symbol.PERCENT;
            case "x", "×" -> Symbol.TIMES;
            default -> Symbol.DAYS;
        };
    }

    /** What was typed, as typed; a number never typed in plain digits (scientific notation only for numbers too long to write out). */
    @Override
    public String print(TypedNumber number, Locale locale) {
        if (number.typed() != null) {
            return number.typed();
        }
        BigDecimal n = number.value().stripTrailingZeros();
        return n.precision() - n.scale() <= MAX_PLAIN_DIGITS && n.scale() <= MAX_PLAIN_DIGITS ? n.toPlainString() : n.toString();
    }
}
