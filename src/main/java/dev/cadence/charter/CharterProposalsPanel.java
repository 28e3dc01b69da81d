package dev.cadence.charter;

import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingPanel;
import dev.cadence.meetings.PanelContent;
import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The GTM council's "Charter changes" section: the proposals that waited for the CEO on the council's day and the
 * changes approved in the month up to it ({@link CharterService#asOf}). Everyone signed in reads the charter, so every
 * participant sees it.
 */
@Component
class CharterProposalsPanel implements MeetingPanel {

    private final CharterService charter;

    CharterProposalsPanel(CharterService charter) {
        this.charter = charter;
    }

    @Override
    public String key() {
        return AgendaTemplates.CHARTER_PROPOSALS;
    }

    @Override
    public String title() {
        return "Charter proposals waiting and changes approved this month";
    }

    @Override
    public PanelContent render(LocalDate asOf, CadenceUser viewer) {
        CharterPanel panel = charter.asOf(asOf);
        return new PanelContent("charter/panel :: proposals", panel, panel.summary());
    }
}
