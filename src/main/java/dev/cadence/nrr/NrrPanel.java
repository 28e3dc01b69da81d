package dev.cadence.nrr;

import dev.cadence.company.CompanyService;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingPanel;
import dev.cadence.meetings.PanelContent;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The forecast review's "NRR and at-risk accounts": the quarter's NRR forecast, its components with their owners and
 * latest reasons, and the at-risk accounts, as they stood on the meeting's day ({@link NrrService#asOf}).
 */
@Component
class NrrPanel implements MeetingPanel {

    private final NrrService nrr;
    private final CompanyService company;

    NrrPanel(NrrService nrr, CompanyService company) {
        this.nrr = nrr;
        this.company = company;
    }

    @Override
    public String key() {
        return AgendaTemplates.NRR;
    }

    @Override
    public String title() {
        return "NRR forecast, its owners, and the at-risk accounts";
    }

    @Override
    public PanelContent render(LocalDate asOf, CadenceUser viewer) {
        FiscalQuarter quarter = FiscalQuarter.of(asOf, company.profile().fiscalYearStartMonth());
        NrrSnapshot s = nrr.asOf(quarter, asOf).forViewer(viewer);
        String summary = quarter.key() + " NRR forecast " + s.forecast().nrrShown() + ", GRR " + s.forecast().grrShown()
                + "; " + s.openArrShown() + " at risk in " + s.openAccounts() + (s.openAccounts() == 1 ? " account" : " accounts");
        return new PanelContent("nrr/panel :: meeting-panel", s, summary);
    }
}
