package dev.cadence.forecast;

import dev.cadence.company.CompanyService;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingPanel;
import dev.cadence.meetings.PanelContent;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The forecast review's "The call vs last week": each segment's and the total's call for the meeting's week against
 * the week before, beside the target and the CRM roll-up at the latest snapshot on or before the meeting's day, with
 * the reasons given for this week's moves. Everyone signed in reads the forecast, so it checks no role.
 */
@Component
class ForecastCallPanel implements MeetingPanel {

    private final ForecastService forecast;
    private final CompanyService company;

    ForecastCallPanel(ForecastService forecast, CompanyService company) {
        this.forecast = forecast;
        this.company = company;
    }

    /** The call as of the meeting's day, and the segments whose call moved this week with their reasons. */
    public record View(CallAsOf call, List<CallFigures> moved) {

        public String forecastUrl() {
            return "/forecast?quarter=" + call.quarter().key();
        }
    }

    @Override
    public String key() {
        return AgendaTemplates.FORECAST_CALL;
    }

    @Override
    public String title() {
        return "The forecast call against last week's, the target and the CRM";
    }

    @Override
    public PanelContent render(LocalDate asOf, CadenceUser viewer) {
        FiscalQuarter quarter = FiscalQuarter.of(asOf, company.profile().fiscalYearStartMonth());
        CallAsOf call = forecast.callAsOf(quarter, asOf);
        List<CallFigures> moved = call.segments().stream()
                .filter(s -> s.thisWeek() != null && s.thisWeek().week() == call.week() && s.commitChange() != null
                        && (s.commitChange().signum() != 0 || s.bestCaseChange().signum() != 0))
                .toList();
        return new PanelContent("forecast/panels :: call", new View(call, moved), summary(call));
    }

    private static String summary(CallAsOf call) {
        CallFigures total = call.total();
        if (total.thisWeek() == null) {
            return "No call yet for " + call.quarter().key() + "; target " + Money.brief(total.target()) + ", won "
                    + Money.brief(total.closedWon());
        }
        BigDecimal change = total.commitChange();
        return "Commit call " + Money.brief(total.thisWeek().commit())
                + (change == null ? "" : change.signum() == 0 ? ", unchanged since last week"
                : " (" + (change.signum() > 0 ? "+" : "") + Money.brief(change) + " since last week)")
                + "; target " + Money.brief(total.target()) + ", won " + Money.brief(total.closedWon());
    }
}
