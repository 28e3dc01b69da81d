package dev.cadence.pipeline;

import dev.cadence.company.CompanyService;
import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingPanel;
import dev.cadence.meetings.PanelContent;
import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The forecast review's "What moved": the current fiscal quarter's waterfall between the snapshot before the
 * meeting's and the meeting's own (the latest on or before its day), linking to {@code /pipeline/flow} with those dates.
 */
@Component
public class WhatMovedPanel implements MeetingPanel {

    private final ReviewPanelReads reads;
    private final PipelineCache cache;
    private final FlowReads flows;
    private final CompanyService company;

    WhatMovedPanel(ReviewPanelReads reads, FlowReads flows, CompanyService company, PipelineCache cache) {
        this.cache = cache;
        this.reads = reads;
        this.flows = flows;
        this.company = company;
    }

    /** The waterfall of the meeting's week. */
    public record View(ReviewWeek week, Flow flow) {

        /** End minus start. */
        public java.math.BigDecimal change() {
            return flow.end().amount().subtract(flow.start().amount());
        }
    }

    @Override
    public String key() {
        return AgendaTemplates.PIPELINE_WHAT_MOVED;
    }

    @Override
    public String title() {
        return "What moved in the quarter's pipeline";
    }

    @Override
    public PanelContent render(LocalDate asOf, CadenceUser viewer) {
        PipelinePermissions.requireRead(viewer);
        return cache.get(new ReviewPanels.Key(key(), asOf), () -> read(asOf));
    }

    private PanelContent read(LocalDate asOf) {
        return reads.week(asOf, company.profile().fiscalYearStartMonth()).map(week -> {
            Flow flow = Flow.of(flows.moves(week.between()));
            Flow.Line pushed = flow.line(FlowBucket.PUSHED_OUT);
            String summary = week.quarter().key() + " open pipeline " + FlowChart.money(flow.start().amount()) + " → "
                    + FlowChart.money(flow.end().amount()) + "; " + FlowChart.money(pushed.amount()) + " pushed out ("
                    + pushed.deals() + (pushed.deals() == 1 ? " deal)" : " deals)");
            return new PanelContent("pipeline/panels :: what-moved", new View(week, flow), summary);
        }).orElseGet(() -> ReviewPanels.noWeek(reads, asOf));
    }
}
