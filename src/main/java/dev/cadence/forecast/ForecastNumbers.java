package dev.cadence.forecast;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * How the forecast's templates write numbers ({@code ${@forecastNumbers.money(x)}}): whole dollars with thousands
 * grouped, a change with its sign, a coverage ratio, an accuracy in percent; a dash for none.
 */
@Component("forecastNumbers")
public class ForecastNumbers {

    public String money(BigDecimal amount) {
        return Money.full(amount);
    }

    public String brief(BigDecimal amount) {
        return Money.brief(amount);
    }

    /** {@code +$40,000}, {@code −$420,000}, {@code ±$0}. */
    public String change(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        return amount.signum() == 0 ? "±$0" : (amount.signum() > 0 ? "+" : "") + Money.full(amount);
    }

    /** {@code 2.4×}. */
    public String ratio(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.stripTrailingZeros().scale() <= 0 ? ratio.setScale(1) + "×" : ratio.setScale(1, java.math.RoundingMode.HALF_UP) + "×";
    }

    /** {@code 92%} for 0.9231. */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "—" : Accuracy.percent(fraction) + "%";
    }

    /** A CSS modifier for an accuracy: good at 90% and above, fair from 75%, poor below. */
    public String grade(BigDecimal fraction) {
        if (fraction == null) {
            return "none";
        }
        return fraction.compareTo(new BigDecimal("0.9")) >= 0 ? "good" : fraction.compareTo(new BigDecimal("0.75")) >= 0 ? "fair" : "poor";
    }
}
