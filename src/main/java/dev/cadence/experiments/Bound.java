package dev.cadence.experiments;

import java.math.BigDecimal;

/**
 * Which side of a number counts: a success criterion ("win rate at least 24%") or a guardrail ("churn at most 2%",
 * the metric must stay on that side).
 */
public enum Bound {
    AT_LEAST("≥", "at least"),
    AT_MOST("≤", "at most");

    private final String sign;
    private final String words;

    Bound(String sign, String words) {
        this.sign = sign;
        this.words = words;
    }

    public String sign() {
        return sign;
    }

    public String words() {
        return words;
    }

    /** Whether {@code value} is on the right side of {@code limit} (the limit itself included). */
    public boolean holds(BigDecimal value, BigDecimal limit) {
        int c = value.compareTo(limit);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }

    /** Of two values, the one further on the wrong side: the lower for "at least", the higher for "at most". */
    BigDecimal worse(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return this == AT_LEAST ? a.min(b) : a.max(b);
    }
}
