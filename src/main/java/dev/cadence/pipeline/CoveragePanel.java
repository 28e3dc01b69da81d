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
 * The forecast review's "Coverage, conversion and sources", as of the meeting's snapshot: the quarter by segment (won
 * so far, commit, best case, pipeline, the change since the snapshot before, the next quarter), conversion by stage
 * between the two snapshots, the open pipeline by source, and open pipeline and commit per owner.
 */
@Component
public class CoveragePanel implements MeetingPanel {

    /** Owners listed; the flow page has every one. */
    static final int OWNERS = 8;

    private final ReviewPanelReads reads;
    private final PipelineCache cache;
    private final FlowReads flows;
    private final CompanyService company;

    CoveragePanel(ReviewPanelReads reads, FlowReads flows, CompanyService company, PipelineCache cache) {
        this.cache = cache;
        this.reads = reads;
        this.flows = flows;
        this.company = company;
    }

    public record View(ReviewWeek week, List<SegmentCoverage> segments, List<StageConversion> conversion,
                       List<SourcePipeline> sources, List<OwnerPipeline> owners, int moreOwners) {

        /** {@code $1.2M}: how the panel writes an amount. */
        public String money(java.math.BigDecimal amount) {
            return FlowChart.money(amount);
        }
    }

    @Override
    public String key() {
        return AgendaTemplates.PIPELINE_COVERAGE;
    }

    @Override
    public String title() {
        return "Coverage, conversion and sources";
    }

    @Override
    public PanelContent render(LocalDate asOf, CadenceUser viewer) {
        PipelinePermissions.requireRead(viewer);
        return cache.get(new ReviewPanels.Key(key(), asOf), () -> read(asOf));
    }

    private PanelContent read(LocalDate asOf) {
        return reads.week(asOf, company.profile().fiscalYearStartMonth()).map(week -> {
            FlowReads.Between between = week.between();
            List<SegmentCoverage> segments = reads.coverage(week);
            List<OwnerPipeline> owners = flows.owners(between);
            View view = new View(week, segments, flows.conversion(between), flows.sources(between),
                    owners.subList(0, Math.min(OWNERS, owners.size())), Math.max(0, owners.size() - OWNERS));
            SegmentCoverage all = segments.stream().filter(SegmentCoverage::total).findFirst().orElse(null);
            String summary = all == null ? null : "won " + FlowChart.money(all.won()) + ", commit " + FlowChart.money(all.commit())
                    + ", open " + FlowChart.money(all.open()) + " in " + week.quarter().key() + "; "
                    + FlowChart.money(all.nextQuarter()) + " open for the next quarter";
            return new PanelContent("pipeline/panels :: coverage", view, summary);
        }).orElseGet(() -> ReviewPanels.noWeek(reads, asOf));
    }
}
