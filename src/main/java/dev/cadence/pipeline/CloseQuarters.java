package dev.cadence.pipeline;

import dev.cadence.period.Cadence;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.period.InvalidPeriodException;
import dev.cadence.period.Periods;
import dev.cadence.web.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fiscal quarters deals close in, as the pipeline's pages name and offer them. */
public final class CloseQuarters {

    private CloseQuarters() {
    }

    /** The quarter a {@code quarter} parameter names ({@code FY2027-Q4}); anything else is refused on that field. */
    public static FiscalQuarter parse(String key, int fiscalStart) {
        try {
            return (FiscalQuarter) Periods.parse(key, Cadence.QUARTERLY, fiscalStart);
        } catch (InvalidPeriodException | RuleViolationException | ClassCastException bad) {
            throw new RuleViolationException("quarter", "\"" + key + "\" is not a fiscal quarter: write it as FY2027-Q4.");
        }
    }

    /** The quarter of {@code asOf}, the one before and the three after: where a snapshot's deals close. */
    static List<String> around(LocalDate asOf, int fiscalStart) {
        FiscalQuarter current = FiscalQuarter.of(asOf, fiscalStart);
        List<String> keys = new ArrayList<>();
        for (int i = -1; i <= 3; i++) {
            keys.add(current.plus(i).key());
        }
        return keys;
    }
}
