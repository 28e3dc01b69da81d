package dev.cadence.nrr;

import dev.cadence.period.Cadence;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.period.InvalidPeriodException;
import dev.cadence.period.Periods;
import dev.cadence.web.RuleViolationException;

/** A {@code quarter} parameter read as a fiscal quarter, as the pipeline's pages read theirs. */
final class Quarters {

    private Quarters() {
    }

    static FiscalQuarter parse(String key, int fiscalStart) {
        try {
            return (FiscalQuarter) Periods.parse(key, Cadence.QUARTERLY, fiscalStart);
        } catch (InvalidPeriodException | RuleViolationException | ClassCastException bad) {
            throw new RuleViolationException("quarter", "\"" + key + "\" is not a fiscal quarter: write it as FY2027-Q4.");
        }
    }
}
