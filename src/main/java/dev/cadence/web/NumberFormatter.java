package dev.cadence.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/**
 * Numbers as people type them: {@code 41.5}, {@code 3.2}, {@code $1,200}, {@code 41.5%}. The dollar
 * sign, thousands separators and the percent sign are left out, and a blank is no number. Spring Boot
 * registers this bean once, for every {@link TypedNumber} a form or request parameter binds; other
 * typed input (a CSV import) reads its numbers with {@link #read} too. Text that is no number is
 * refused with a message for whoever typed it, which {@link RefusalAdvice} shows beside its field. Whether
 * a number fits where it goes is the feature's rule, not this one's.
 */
@Component
public class NumberFormatter implements Formatter<TypedNumber> {

    /** Longer text is no number anyone types (and is not worth parsing). */
    static final int MAX_LENGTH = 64;

    /** Beyond this many digits before the point, a number is printed in scientific notation rather than in full. */
    private static final int MAX_PLAIN_DIGITS = 40;

    @Override
    public TypedNumber parse(String text, Locale locale) {
        BigDecimal number = read(text);
        return number == null ? null : new TypedNumber(number);
    }

    /** The number in the text, or {@code null} when it is blank; refused when it is no number. */
    public BigDecimal read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        if (typed.length() <= MAX_LENGTH) {
            try {
                return new BigDecimal(typed.replace(",", "").replace("$", "").replace("%", ""));
            } catch (NumberFormatException notANumber) {
                // refused below
            }
        }
        String shown = typed.length() <= 24 ? typed : typed.substring(0, 20) + "…";
        throw new RuleViolationException("\"" + shown + "\" is not a number. Use digits, e.g. 3.2 or 41.5.");
    }

    /** Plain digits ({@code 1200}, {@code 41.5}); scientific notation only for numbers too long to write out. */
    @Override
    public String print(TypedNumber number, Locale locale) {
        BigDecimal n = number.value().stripTrailingZeros();
        return n.precision() - n.scale() <= MAX_PLAIN_DIGITS && n.scale() <= MAX_PLAIN_DIGITS ? n.toPlainString() : n.toString();
    }
}
