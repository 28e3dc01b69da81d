package dev.cadence.period;

/**
 * A period that does not exist or a key that names none ("2026-W54", "FY2027-Q5", "last week").
 * The message is one or two sentences written for the person who typed or linked the key, so a
 * page or an API can show it as it is.
 */
public class InvalidPeriodException extends IllegalArgumentException {

    public InvalidPeriodException(String message) {
        super(message);
    }

    /** {@code "2026-W54" is not a period: 2026 has 53 ISO weeks (W01 to W53).} */
    static InvalidPeriodException notAPeriod(String input, String reason) {
        return new InvalidPeriodException("\"" + input + "\" is not a period: " + reason);
    }
}
