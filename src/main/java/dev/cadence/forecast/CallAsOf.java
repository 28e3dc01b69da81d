package dev.cadence.forecast;

import dev.cadence.period.FiscalQuarter;
import java.time.LocalDate;
import java.util.List;

/**
 * The call of a quarter as of a date (see {@link ForecastService#callAsOf}): the week of the quarter that date falls
 * in, the CRM snapshot read (the latest on or before the date, {@code null} if none), each segment's figures and the
 * total's.
 */
public record CallAsOf(FiscalQuarter quarter, LocalDate asOf, int week, LocalDate snapshot, List<CallFigures> segments,
                       CallFigures total) {
}
