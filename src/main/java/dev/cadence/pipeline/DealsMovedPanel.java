package dev.cadence.pipeline;

import dev.cadence.company.CompanyService;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingPanel;
import dev.cadence.meetings.PanelContent;
import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The forecast review's "Deals that moved": between the snapshot before the meeting's and the meeting's own, the deals
 * pushed out of the quarter, pulled in, won, lost or resized, the largest move first, each linking to its history.
 */
@Component
public class DealsMovedPanel implements MeetingPanel {

    /** How many deals the panel lists; the flow page has them all. */
    static final int LISTED = 10;

    private final ReviewPanelReads reads;
    private final PipelineCache cache;
    private final CompanyService company;

    DealsMovedPanel(ReviewPanelReads reads, CompanyService company, PipelineCache cache) {
        this.cache = cache;
        this.reads = reads;
        this.company = company;
    }

    /** The deals that moved most, and how many moved in all. */
    public record View(ReviewWeek week, List<MovedDeal> deals) {

        public int matching() {
            return deals.isEmpty() ? 0 : deals.get(0).matching();
        }

        public int more() {
            return matching() - deals.size();
        }
    }

    @Override
    public String key() {
        return AgendaTemplates.PIPELINE_DEALS_MOVED;
    }

    @Override
    public String title() {
        return "The deals that moved most";
    }

    @Override
    public PanelContent render(LocalDate asOf, CadenceUser viewer) {
        PipelinePermissions.requireRead(viewer);
        return cache.get(new ReviewPanels.Key(key(), asOf), () -> read(asOf));
    }

    private PanelContent read(LocalDate asOf) {
        return reads.week(asOf, company.profile().fiscalYearStartMonth()).map(week -> {
            View view = new View(week, reads.movedDeals(week, LISTED));
            String summary = view.matching() + (view.matching() == 1 ? " deal" : " deals") + " moved"
                    + (view.deals().isEmpty() ? "" : "; the largest: " + view.deals().get(0).account() + ", "
                    + view.deals().get(0).bucket().label().toLowerCase(java.util.Locale.ROOT) + " "
                    + view.deals().get(0).movedLabel());
            return new PanelContent("pipeline/panels :: deals-moved", view, summary);
        }).orElseGet(() -> ReviewPanels.noWeek(reads, asOf));
    }
}
