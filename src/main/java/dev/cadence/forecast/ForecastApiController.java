package dev.cadence.forecast;

import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forecast through the API: a quarter's targets, and week by week the CRM's roll-up and the call, by segment and
 * in total. Everyone signed in reads it, the board included.
 */
@RestController
@RequestMapping("/api/v1/forecast")
class ForecastApiController {

    private final ForecastService forecast;

    ForecastApiController(ForecastService forecast) {
        this.forecast = forecast;
    }

    @GetMapping
    ForecastJson forecast(@RequestParam(required = false) String quarter, @AuthenticationPrincipal CadenceUser me) {
        FiscalQuarter q = forecast.quarter(quarter);
        List<CallAsOf> weeks = forecast.weeks(q.key());
        // A quarter not yet begun has no weeks to list, but may have targets already.
        CallAsOf latest = weeks.isEmpty() ? forecast.callAsOf(q, q.start()) : weeks.get(weeks.size() - 1);
        return ForecastJson.of(q, weeks, latest);
    }

    /** A call as made for a week: {@code week} is the week it was made for (earlier than the row's when carried). */
    record Call(int week, BigDecimal commit, BigDecimal bestCase, String reason, String overrideReason, String calledBy,
                Instant calledAt) {

        static Call of(CallView c) {
            return c == null ? null : new Call(c.week(), c.commit(), c.bestCase(), c.reason(), c.overrideReason(), c.calledBy(),
                    c.calledAt());
        }
    }

    /** One segment (or the total, {@code segment} null) in one week. */
    record Line(String segment, String name, BigDecimal target, BigDecimal closedWon, BigDecimal commit, BigDecimal bestCase,
                BigDecimal pipeline, BigDecimal gap, BigDecimal coverage, Call call) {

        static Line of(CallFigures f) {
            return new Line(f.segmentKey(), f.segmentName(), f.target(), f.closedWon(), f.commit(), f.bestCase(), f.pipeline(),
                    f.gap(), f.coverage(), Call.of(f.thisWeek()));
        }
    }

    record Week(int week, LocalDate start, LocalDate snapshot, List<Line> segments, Line total) {
    }

    record Target(String segment, BigDecimal amount) {
    }

    record ForecastJson(String quarter, LocalDate start, LocalDate end, int weeks, List<Target> targets, List<Week> byWeek) {

        static ForecastJson of(FiscalQuarter q, List<CallAsOf> weeks, CallAsOf latest) {
            List<Week> byWeek = new ArrayList<>();
            List<Target> targets = new ArrayList<>();
            for (CallAsOf w : weeks) {
                byWeek.add(new Week(w.week(), WeekOfQuarter.start(q, w.week()), w.snapshot(),
                        w.segments().stream().map(Line::of).toList(), Line.of(w.total())));
            }
            for (CallFigures f : latest.segments()) {
                targets.add(new Target(f.segmentKey(), f.target()));
            }
            return new ForecastJson(q.key(), q.start(), q.end(), WeekOfQuarter.count(q), targets, byWeek);
        }
    }
}
