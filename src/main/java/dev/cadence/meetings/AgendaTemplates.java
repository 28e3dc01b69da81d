package dev.cadence.meetings;

import java.util.List;

/**
 * The agenda templates Cadence offers for each kind of series: what the demo creates its series with, and what the
 * form for a new series starts from ({@link #forKind}). A panel section names its panel by key; the features that
 * provide them (pipeline, forecast, NRR, drivers, experiments, the charter) register {@link MeetingPanel} beans with these keys.
 */
public final class AgendaTemplates {

    /** The forecast's call this week against last week's (the forecast feature). */
    public static final String FORECAST_CALL = "forecast-call";
    /** The pipeline's waterfall for the quarter between the last two snapshots (the pipeline feature). */
    public static final String PIPELINE_WHAT_MOVED = "pipeline-what-moved";
    /** The deals pushed out, pulled in, won, lost or resized between the last two snapshots (the pipeline feature). */
    public static final String PIPELINE_DEALS_MOVED = "pipeline-deals-moved";
    /** Coverage of the quarter, conversion by stage, sources and owners (the pipeline feature). */
    public static final String PIPELINE_COVERAGE = "pipeline-coverage";
    /** NRR's components and the at-risk accounts (the NRR feature). */
    public static final String NRR = "nrr";
    /** Running experiments with their status and days left, concluded ones waiting for a decision (the experiments feature). */
    public static final String EXPERIMENTS = "experiments";
    /** The charter's proposals waiting for the CEO and its changes approved this month (the charter feature). */
    public static final String CHARTER_PROPOSALS = "charter-proposals";
    /** Each value-driver tree's outcome and gap, and the levers whose linked metric is off its assumption (the drivers feature). */
    public static final String DRIVERS_LEVERS_OFF = "drivers-levers-off";

    private AgendaTemplates() {
    }

    /** The weekly CEO–CRO 1:1. */
    public static List<TemplateSectionSpec> oneOnOne() {
        return List.of(
                new TemplateSectionSpec(SectionKind.CHANGES, "What changed since last week",
                        "Pipeline, churn risk, key deals, product constraints: filled from data, then your own.", 10),
                new TemplateSectionSpec(SectionKind.PRIORITIES, "Top 3 priorities",
                        "One shared list for both of you, never more than three.", 10),
                new TemplateSectionSpec(SectionKind.DISCUSSION, "Cross-functional blockers",
                        "Pricing, legal, product gaps, implementation capacity.", 15),
                new TemplateSectionSpec(SectionKind.DISCUSSION, "Talent & coverage",
                        "Hiring, performance, ramp, leadership bandwidth.", 10),
                new TemplateSectionSpec(SectionKind.MESSAGE, "Message alignment",
                        "What the org will hear from both of you this week.", 10));
    }

    /** The weekly forecast & pipeline review: each section's data as of the meeting's week, then what we decide and say. */
    public static List<TemplateSectionSpec> forecastReview() {
        return List.of(
                TemplateSectionSpec.panel(FORECAST_CALL, "The call vs last week",
                        "Commit and best case by segment against last week's call, and why it moved.", 10),
                TemplateSectionSpec.panel(PIPELINE_WHAT_MOVED, "What moved",
                        "The quarter's pipeline from last week's snapshot to this week's: what came in, what went out.", 10),
                TemplateSectionSpec.panel(PIPELINE_DEALS_MOVED, "Deals that moved",
                        "Pushed out, pulled in, won, lost, resized: the owner says why and what happens next.", 15),
                TemplateSectionSpec.panel(PIPELINE_COVERAGE, "Coverage, conversion and sources",
                        "Is there enough pipeline for this quarter and the next, and where does it come from?", 5),
                TemplateSectionSpec.panel(NRR, "NRR and at-risk accounts",
                        "Churn, contraction and expansion against forecast; the accounts at risk and their save plans.", 10),
                TemplateSectionSpec.panel(DRIVERS_LEVERS_OFF, "The plan's levers off their assumptions",
                        "The year's outcome against its target, and each lever whose metric is off what the plan assumes: its owner says what changes.", 5),
                new TemplateSectionSpec(SectionKind.MESSAGE, "Decisions, actions and the message",
                        "What we decided, who does what by when, and what the org hears from us this week.", 5));
    }

    /**
     * The monthly GTM council (CEO, CRO, CMO, CFO, VP CS, RevOps): what changed since the last council, filled from data,
     * then the go-to-market questions in turn, the experiments and the charter as of the council's day, and what we
     * decide and say. Ninety minutes.
     */
    public static List<TemplateSectionSpec> gtmCouncil() {
        return List.of(
                new TemplateSectionSpec(SectionKind.CHANGES, "What changed this month",
                        "Experiments due, charter proposals waiting, scorecard metrics that changed status since the last council, "
                                + "overdue action items, reopened decisions: filled from data.", 5),
                new TemplateSectionSpec(SectionKind.DISCUSSION, "ICP and positioning",
                        "Who we win with and why; whether the charter's ICP and positioning still hold.", 15),
                new TemplateSectionSpec(SectionKind.DISCUSSION, "Packaging and pricing",
                        "Tiers, discounts and price tests: what deals and renewals tell us.", 15),
                new TemplateSectionSpec(SectionKind.DISCUSSION, "Campaigns",
                        "What marketing runs next month, the pipeline it should create, and last month's results.", 10),
                new TemplateSectionSpec(SectionKind.DISCUSSION, "Churn and expansion",
                        "Gross churn, the renewals at risk, and where expansion comes from.", 15),
                TemplateSectionSpec.panel(EXPERIMENTS, "Experiments",
                        "Running experiments with their status and days left; concluded ones waiting for a decision.", 15),
                TemplateSectionSpec.panel(CHARTER_PROPOSALS, "Charter changes",
                        "Proposals waiting for the CEO, and what changed in the charter this month.", 5),
                new TemplateSectionSpec(SectionKind.MESSAGE, "Decisions and the message",
                        "What we decided, who does what by when, and what the org hears from us this month.", 10));
    }

    /** The template a new series of that kind starts from. */
    public static List<TemplateSectionSpec> forKind(MeetingKind kind) {
        return switch (kind) {
            case ONE_ON_ONE -> oneOnOne();
            case FORECAST_REVIEW -> forecastReview();
            case GTM_COUNCIL -> gtmCouncil();
            case OTHER -> other();
        };
    }

    /** Any other recurring meeting: updates, the top three, open issues and the message. */
    public static List<TemplateSectionSpec> other() {
        return List.of(
                new TemplateSectionSpec(SectionKind.DISCUSSION, "Updates",
                        "What changed since the last meeting, in a sentence each.", 10),
                new TemplateSectionSpec(SectionKind.PRIORITIES, "Top 3 priorities",
                        "One shared list, never more than three.", 10),
                new TemplateSectionSpec(SectionKind.DISCUSSION, "Open issues",
                        "What is blocked and who can unblock it.", 15),
                new TemplateSectionSpec(SectionKind.MESSAGE, "Decisions and the message",
                        "What we decided, who does what by when, and what others hear from us.", 10));
    }
}
