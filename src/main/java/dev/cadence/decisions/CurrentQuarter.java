package dev.cadence.decisions;

import dev.cadence.company.CompanyService;
import dev.cadence.period.FiscalQuarter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The company's fiscal quarter today, as an interval of instants: what "reopened this quarter" counts. */
@Component
class CurrentQuarter {

    private final CompanyService company;
    private final Clock clock;

    CurrentQuarter(CompanyService company, Clock clock) {
        this.company = company;
        this.clock = clock;
    }

    FiscalQuarter quarter() {
        return FiscalQuarter.of(LocalDate.now(clock), company.profile().fiscalYearStartMonth());
    }

    /** When the quarter's first day starts. */
    Instant startOf(FiscalQuarter quarter) {
        return quarter.start().atStartOfDay(zone()).toInstant();
    }

    /** When the day after the quarter starts: the quarter is [start, end). */
    Instant endOf(FiscalQuarter quarter) {
        return quarter.end().plusDays(1).atStartOfDay(zone()).toInstant();
    }

    /** Where days start: the application clock's zone. */
    private ZoneId zone() {
        return clock.getZone();
    }
}
