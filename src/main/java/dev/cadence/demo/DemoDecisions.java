package dev.cadence.demo;

import dev.cadence.decisions.AreaRow;
import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.decisions.RightRole;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brightline's decision-rights map (twelve areas, agreed and locked; renewal ownership reopened
 * once) and a quarter of its decision log: twenty decisions, two reopened, one superseded. The
 * meetings' demo adds the decisions of the 1:1s. Loaded once.
 */
@Component
@Profile("!prod")
@Order(40)
class DemoDecisions implements ApplicationRunner {

    static final String RENEWALS = "Renewal ownership model";

    private final DecisionRightsService rights;
    private final DecisionService decisions;
    private final PersonService people;
    private final Clock clock;

    DemoDecisions(DecisionRightsService rights, DecisionService decisions, PersonService people, Clock clock) {
        this.rights = rights;
        this.decisions = decisions;
        this.people = people;
        this.clock = clock;
    }

    private record Area(String name, String description, String decide, List<String> consult, List<String> inform) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("Pricing and discount approval", "List price changes and discounts beyond the rep's authority.",
                    "cro", List.of("cfo", "ceo"), List.of("vpcs", "revops", "cmo")),
            new Area("Territory design", "Segments, named accounts and territory splits.",
                    "cro", List.of("revops", "cfo"), List.of("ceo", "vpcs")),
            new Area("Comp plan", "Quota, rates, accelerators and SPIFs for quota carriers.",
                    "ceo", List.of("cro", "cfo"), List.of("revops", "vpcs")),
            new Area(RENEWALS, "Who owns each renewal, by segment and size.",
                    "cro", List.of("vpcs", "cfo"), List.of("ceo", "revops")),
            new Area("Expansion pipeline ownership", "Who works and is credited for upsell and cross-sell.",
                    "cro", List.of("vpcs", "cmo"), List.of("revops", "cfo")),
            new Area("At-risk escalation", "When a customer at risk goes to whom, and how fast.",
                    "vpcs", List.of("cro"), List.of("ceo", "cfo")),
            new Area("ICP changes", "Who we sell to: size, industry, tech stack.",
                    "ceo", List.of("cmo", "cro"), List.of("vpcs", "revops")),
            new Area("Campaign budget", "Program spend and its split across channels.",
                    "cmo", List.of("cfo", "cro"), List.of("ceo")),
            new Area("Hiring plan", "Revenue headcount: when, where and which roles.",
                    "ceo", List.of("cfo", "cro"), List.of("cmo", "vpcs")),
            new Area("The forecast call", "The number we commit to the board, per segment.",
                    "cro", List.of("revops", "vpcs"), List.of("ceo", "cfo")),
            new Area("Packaging", "Tiers, modules and what each includes.",
                    "ceo", List.of("cmo", "cro", "cfo"), List.of("vpcs")),
            new Area("GTM charter changes", "ICP, positioning, pricing principles and who owns what, as written down.",
                    "ceo", List.of("cro", "cmo"), List.of("cfo", "vpcs", "revops")));

    // Not one transaction: each change is its own revision, made while RunAs names the author.
    @Override
    public void run(ApplicationArguments args) {
        if (decisions.areas().isEmpty()) {
            loadMap();
        }
        if (decisions.list(dev.cadence.decisions.DecisionFilter.none()).isEmpty()) {
            loadLog();
        }
    }

    private void loadMap() {
        CadenceUser ceo = people.principalOf("ceo");
        CadenceUser cro = people.principalOf("cro");
        Map<String, Long> ids = ids();
        RunAs.run(ceo, () -> {
            for (Area a : AREAS) {
                AreaRow row = rights.createArea(a.name(), a.description(), ceo);
                Map<Long, RightRole> cells = new LinkedHashMap<>();
                cells.put(ids.get(a.decide()), RightRole.DECIDE);
                a.consult().forEach(u -> cells.put(ids.get(u), RightRole.CONSULT));
                a.inform().forEach(u -> cells.put(ids.get(u), RightRole.INFORM));
                row = rights.replaceAssignments(row.id(), cells, row.version(), ceo);
                row = rights.agree(row.id(), row.version(), ceo);
                rights.lock(row.id(), row.version(), ceo);
            }
        });
        // The CRO reopens renewal ownership: CS runs SMB renewals in practice, so the VP CS now decides it.
        RunAs.run(cro, () -> {
            AreaRow renewals = rights.map(cro).areas().stream().filter(a -> a.name().equals(RENEWALS)).findFirst().orElseThrow();
            renewals = rights.reopen(renewals.id(), "CS already runs SMB renewals in practice, but the map gives every renewal "
                    + "to Sales, so the renewal-ownership argument restarts in every pipeline review.", renewals.version(), cro);
            renewals = rights.setCell(renewals.id(), ids.get("vpcs"), RightRole.DECIDE, renewals.version(), true, cro);
            rights.lock(renewals.id(), renewals.version(), cro);
        });
    }

    private void loadLog() {
        Map<String, Long> ids = ids();
        Map<String, Long> areas = new LinkedHashMap<>();
        decisions.areas().forEach(a -> areas.put(a.name(), a.id()));
        LocalDate today = LocalDate.now(clock);

        DecisionSummary discounts15 = record("cro", ids, draft("Discounts above 15% need CRO approval",
                "Average discount crept from 12% to 19% in two quarters; half of the large discounts were given in the last week of the quarter.",
                "1) Keep rep authority at 25%. 2) CRO approves above 15%. 3) Deal desk approves everything above 10%.",
                "Sales, in Finance's words: discounts win late deals we would otherwise lose. Finance, in Sales's words: discounts train buyers to wait for quarter end.",
                "Any discount above 15% needs the CRO's approval in the deal desk channel before the quote goes out.",
                "Keeps speed for most deals and puts the big concessions in front of one person who sees the whole quarter.",
                "cro", areas.get("Pricing and discount approval"), today.minusDays(88),
                "We decided: discounts above 15% need the CRO's approval. Why: our average discount rose to 19%. What changes for you: request approval in #deal-desk before sending the quote."));
        record("cro", ids, draft("Commit means a signed order form expected this quarter",
                "Reps called deals 'commit' on a verbal yes; two slipped at quarter end last quarter.",
                "1) Keep the rep's judgment. 2) Commit = paper process agreed. 3) Commit = signed order form expected, legal review started.",
                "RevOps, in Sales's words: we want a rule Salesforce can check. Sales, in RevOps's words: a checklist cannot see buyer intent.",
                "A deal is commit only when the order form is expected this quarter and legal review has started.",
                "Observable in Salesforce, so the forecast call means the same thing in every segment.",
                "cro", areas.get("The forecast call"), today.minusDays(85),
                "We decided: commit means a signed order form expected this quarter with legal review started. Why: two verbal commits slipped last quarter. What changes for you: update the legal-review field before calling a deal commit."));
        record("vpcs", ids, draft("Red accounts escalate to the CRO within 48 hours",
                "Three churned customers were red for more than a month before Sales heard about it.",
                "1) Weekly churn review only. 2) Escalate red accounts to the CRO within 48 hours. 3) Escalate straight to the CEO.",
                "CS, in Sales's words: we need air cover fast. Sales, in CS's words: we need to hear early, not be handed a lost cause.",
                "A customer turning red escalates to the CRO within 48 hours, with a save plan owner named.",
                "Speed matters more than completeness; the CRO can pull in product and executives the same week.",
                "vpcs", areas.get("At-risk escalation"), today.minusDays(82),
                "We decided: red accounts reach the CRO within 48 hours. Why: three churned customers were red for a month unnoticed. What changes for you: CSMs file the escalation form the day an account turns red."));
        record("cmo", ids, draft("Shift 30% of paid-social budget to partner webinars",
                "Paid social brings MQLs that convert to SQL at 4%; partner webinars convert at 19%.",
                "1) Keep the mix. 2) Move 30% to partner webinars. 3) Cut paid social entirely.",
                "Marketing, in Sales's words: volume keeps the top of the funnel full. Sales, in Marketing's words: we would rather have fewer leads that are in the ICP.",
                "30% of the paid-social budget moves to co-hosted partner webinars for the rest of the quarter.",
                "Pipeline per dollar is four times higher; we keep enough paid social to test messaging.",
                "cmo", areas.get("Campaign budget"), today.minusDays(79),
                "We decided: 30% of paid social moves to partner webinars. Why: they convert to SQL almost five times better. What changes for you: SDRs follow up webinar attendees within a day."));
        record("ceo", ids, draft("Freeze EMEA hiring until Q1 coverage ≥ 3×",
                "EMEA pipeline coverage is 2.1× for next quarter; two open AE requisitions were about to be filled.",
                "1) Hire as planned. 2) Freeze until coverage reaches 3×. 3) Move the requisitions to North America.",
                "CRO, in the CFO's words: ramp takes five months, so hiring late costs next year's number. CFO, in the CRO's words: unramped AEs on thin pipeline burn cash and morale.",
                "No new EMEA quota-carrier hires until next quarter's EMEA coverage is at least 3×; SDR hiring continues.",
                "Coverage, not headcount, is the constraint; SDRs build the pipeline the AEs will need.",
                "ceo", areas.get("Hiring plan"), today.minusDays(75),
                "We decided: EMEA AE hiring waits until Q1 coverage is 3×. Why: coverage is 2.1× today. What changes for you: EMEA SDR hiring goes ahead; AE offers are on hold."));
        record("cro", ids, draft("Split Mid-market West into two territories",
                "Mid-market West has 1,400 accounts for three AEs; a third of them were never touched.",
                "1) Keep one territory. 2) Split by state. 3) Split by industry.",
                "RevOps, in Sales's words: split by data, not by who shouts. Sales, in RevOps's words: don't take accounts away from reps mid-cycle.",
                "Mid-market West splits by state into West-North and West-South; open opportunities stay with their owner.",
                "Balanced account counts, and no rep loses a deal in flight.",
                "cro", areas.get("Territory design"), today.minusDays(72),
                "We decided: Mid-market West becomes two territories split by state. Why: a third of its accounts were never worked. What changes for you: RevOps publishes the new account lists Monday; open deals keep their owner."));
        record("ceo", ids, draft("Drop sub-200-employee companies from the ICP",
                "Companies under 200 employees churn at 31% a year and take 40% of onboarding time.",
                "1) Keep them. 2) Serve them self-serve only. 3) Drop them from the ICP.",
                "Marketing, in Sales's words: small companies fill the funnel cheaply. Sales, in Marketing's words: they close fast but leave fast.",
                "Companies under 200 employees are outside the ICP: no outbound, no paid campaigns; inbound goes to the self-serve plan.",
                "Retention and onboarding cost outweigh their fast close.",
                "ceo", areas.get("ICP changes"), today.minusDays(68),
                "We decided: companies under 200 employees are outside our ICP. Why: they churn at 31% and take 40% of onboarding time. What changes for you: no outbound to them; inbound goes to self-serve."));
        DecisionSummary expansion = record("cro", ids, draft("AEs own expansion pipeline over $50K; CSMs below",
                "AEs and CSMs both claimed the same upsells; two customers got competing proposals.",
                "1) CS owns all expansion. 2) AEs own all expansion. 3) Split at $50K.",
                "CS, in Sales's words: we know the customer best. Sales, in CS's words: large deals need a closer.",
                "Expansion opportunities above $50K ARR belong to the account's AE; below, to the CSM.",
                "One owner per opportunity ends the double proposals; the line puts closers on the deals that need them.",
                "cro", areas.get("Expansion pipeline ownership"), today.minusDays(65),
                "We decided: AEs own expansion above $50K, CSMs below. Why: customers got two proposals. What changes for you: RevOps reassigns open expansion opportunities this week."));
        record("ceo", ids, draft("Pay AEs on ACV, not TCV, from next quarter",
                "Multi-year deals with heavy discounts paid more commission than clean one-year deals.",
                "1) Keep TCV. 2) Pay on first-year ACV. 3) Pay on ACV with a multi-year kicker.",
                "CRO, in the CFO's words: reps need a reason to sell multi-year. CFO, in the CRO's words: we pay today for cash we may never see.",
                "From next quarter, AE commission is on first-year ACV; multi-year terms earn a 5% kicker when prepaid.",
                "Aligns pay with ARR, keeps an incentive for prepaid multi-year.",
                "ceo", areas.get("Comp plan"), today.minusDays(61),
                "We decided: commission on first-year ACV from next quarter, with a 5% kicker for prepaid multi-year. Why: TCV rewarded discounted multi-year deals. What changes for you: new plan documents arrive two weeks before quarter start."));
        record("ceo", ids, draft("Move SSO into the Growth tier",
                "SSO is asked for in 70% of mid-market deals and is only in Enterprise.",
                "1) Keep SSO in Enterprise. 2) Move SSO into Growth. 3) Sell SSO as an add-on.",
                "Product marketing, in Sales's words: SSO is our upgrade lever. Sales, in Product marketing's words: SSO-only upgrades are lost to competitors who include it.",
                "SSO is included in the Growth tier from next month; Enterprise keeps SCIM and audit logs.",
                "We lose more deals than upgrades by gating SSO.",
                "ceo", areas.get("Packaging"), today.minusDays(58),
                "We decided: SSO moves into Growth next month. Why: 70% of mid-market deals ask for it. What changes for you: price pages and quotes update on the 1st; Enterprise upsell is now SCIM and audit logs."));
        record("vpcs", ids, draft("Move SMB renewals to CS",
                "AEs spend 20% of their time on SMB renewals under $25K; CS already runs those customers' QBRs.",
                "1) Keep renewals with AEs. 2) CS owns SMB renewals. 3) A renewals desk owns all renewals.",
                "Sales, in CS's words: renewals are revenue and need a closer. CS, in Sales's words: we already own the relationship and the risk.",
                "CS owns renewals of SMB customers; AEs keep mid-market and enterprise renewals.",
                "Frees AE time for new business and puts the renewal with the team that sees the risk first.",
                "vpcs", areas.get(RENEWALS), today.minusDays(54),
                "We decided: CS owns SMB renewals from now on. Why: AEs spent a fifth of their time on them. What changes for you: SMB renewal opportunities move to CSMs; AEs hand over notes this week."));
        record("cro", ids, draft("Forecast call is per segment, submitted Monday noon",
                "The company-wide number hid an enterprise miss behind a strong SMB quarter.",
                "1) One company number. 2) Per segment, Monday noon. 3) Per rep.",
                "CFO, in the CRO's words: we need to see where the risk is. CRO, in the CFO's words: we should not drown managers in roll-ups.",
                "Each segment leader submits commit, best case and pipeline by Monday noon; the CRO calls the company number Tuesday.",
                "Risks surface where they are, and the CRO still makes one call.",
                "cro", areas.get("The forecast call"), today.minusDays(44),
                "We decided: the forecast is called per segment, Monday noon. Why: an enterprise miss hid in the total. What changes for you: segment leaders submit in Cadence by Monday 12:00."));
        record("ceo", ids, draft("GTM charter: one revenue number for Sales, Marketing and CS",
                "Marketing reported sourced pipeline, Sales bookings and CS retention, each with a different target.",
                "1) Keep separate numbers. 2) One shared revenue number with team-level drivers.",
                "CMO, in the CRO's words: marketing needs credit for what it sources. CRO, in the CMO's words: credit fights waste the weekly meeting.",
                "The charter names one revenue number (net new ARR plus NRR) that Sales, Marketing and CS share; each team keeps its drivers on the scorecard.",
                "A shared number ends the attribution fight; drivers keep accountability.",
                "ceo", areas.get("GTM charter changes"), today.minusDays(40),
                "We decided: one revenue number for Sales, Marketing and CS. Why: three numbers meant three stories. What changes for you: team bonuses include the shared number from next quarter."));
        record("cfo", ids, draft("Fund the Q1 field event series at $120K",
                "The venue deposit for the three-city event series was due before the campaign budget review.",
                "1) Skip the series. 2) Fund it at $120K. 3) Fund one city only.",
                "Marketing, in Finance's words: events created 22% of last year's enterprise pipeline. Finance, in Marketing's words: events are the hardest spend to measure.",
                "The field event series is funded at $120K from the Q1 campaign budget.",
                "Within the budget the CMO proposed; the deposit could not wait.",
                "cfo", areas.get("Campaign budget"), today.minusDays(35),
                "We decided: the Q1 field events go ahead at $120K. Why: they sourced a fifth of enterprise pipeline. What changes for you: AEs invite their top 20 accounts by the end of the month.")
                .withOverride("Priya was on leave and the venue deposit was due that week; Tom decided within the budget Priya had proposed."));
        record("vpcs", ids, draft("Churn-risk accounts get an executive sponsor within a week",
                "Escalations reached the CRO but nobody on the leadership team owned the customer relationship.",
                "1) CSM only. 2) An executive sponsor per red account within a week.",
                "Sales, in CS's words: executives are too busy to help. CS, in Sales's words: customers leave when nobody senior calls.",
                "Every churn-risk account gets a named executive sponsor within five business days of turning red.",
                "Customers at risk need a senior voice, fast.",
                "vpcs", areas.get("At-risk escalation"), today.minusDays(30),
                "We decided: every churn-risk account gets an executive sponsor within a week. Why: escalations had no senior owner. What changes for you: leadership takes sponsor assignments in the Monday review."));
        DecisionSummary sdrs = record("ceo", ids, draft("Hire two SDRs for enterprise outbound",
                "Enterprise pipeline created is 30% under plan; AEs prospect instead of selling.",
                "1) Hire two SDRs. 2) Buy intent data instead. 3) Ask AEs to prospect more.",
                "CRO, in the CFO's words: we need more meetings now. CFO, in the CRO's words: prove outbound converts before adding heads.",
                "Two enterprise SDRs are hired this quarter, measured on meetings held with ICP accounts.",
                "Pipeline created is the lever furthest behind; SDRs ramp in six weeks.",
                "ceo", areas.get("Hiring plan"), today.minusDays(24),
                "We decided: we hire two enterprise SDRs this quarter. Why: enterprise pipeline is 30% under plan. What changes for you: AEs hand over cold outbound to SDRs once they start."));
        record("ceo", ids, draft("Usage-based add-on for API calls above 1M a month",
                "Five customers use ten times the API volume of the median, on flat plans.",
                "1) Keep flat plans. 2) A usage add-on above 1M calls a month. 3) Hard limits.",
                "CS, in Product's words: customers hate surprise bills. Product, in CS's words: heavy users cost us real infrastructure money.",
                "API calls above 1M a month are billed as an add-on at $0.40 per thousand, announced 60 days ahead.",
                "Fair to light users, and heavy users get notice and a forecastable price.",
                "ceo", areas.get("Packaging"), today.minusDays(17),
                "We decided: API use above 1M calls a month becomes a paid add-on, with 60 days' notice. Why: a few customers use ten times the median. What changes for you: CSMs call the five affected customers before the notice goes out."));
        record("cro", ids, draft("Named accounts: the top 150 move to the enterprise team",
                "The 150 largest prospects were spread across mid-market reps without enterprise experience.",
                "1) Leave as is. 2) Move the top 150 to enterprise. 3) Create a strategic team.",
                "Mid-market, in Enterprise's words: we found these accounts. Enterprise, in Mid-market's words: these deals need a longer, multi-threaded cycle.",
                "The 150 largest prospects by employee count become named enterprise accounts; mid-market reps keep open opportunities until they close.",
                "Match deal complexity to experience without taking deals in flight.",
                "cro", areas.get("Territory design"), today.minusDays(10),
                "We decided: the top 150 prospects move to the enterprise team. Why: these deals need enterprise sellers. What changes for you: open opportunities stay with their owner; new activity goes to the named enterprise AE."));
        RunAs.run(people.principalOf("cro"), () -> decisions.propose(new DecisionDraft("Raise renewal prices 7% in Q1",
                "Costs rose 9% this year; renewal prices have not changed in two years.",
                "1) No increase. 2) 7% for all renewals. 3) 7% for customers on legacy plans only.",
                "CS, in Sales's words: a price rise at renewal invites a competitive review. Sales, in CS's words: legacy prices undercut our new-business quotes.",
                null, null, ids.get("cro"), areas.get("Pricing and discount approval"), null, null, null, null, null),
                people.principalOf("cro")));

        // Superseded: the 15% rule gives way to a stricter one with Finance in the loop.
        CadenceUser cro = people.principalOf("cro");
        RunAs.run(cro, () -> decisions.supersede(discounts15.id(), draft("Discounts above 20% need CRO + CFO approval",
                "After the 15% rule, discounts clustered at 19.9% and CFO was surprised by margin in the board pack.",
                "1) Keep the 15% rule. 2) CRO and CFO approve above 20%. 3) Deal desk approves all discounts.",
                "Finance, in Sales's words: margin is a board-level number, not a deal detail. Sales, in Finance's words: two approvers slow every big deal.",
                "Up to 20%: the rep's manager approves. Above 20%: the CRO and the CFO both approve, within one business day.",
                "Finance sees the deals that move margin; the one-day promise keeps deals moving.",
                "cro", areas.get("Pricing and discount approval"), today.minusDays(50),
                "We decided: discounts above 20% need both the CRO and the CFO. Why: margin surprised us in the board pack. What changes for you: managers approve up to 20%; above that, expect an answer within one business day.")
                .toDraft(ids), cro));

        // Two reopened: the expansion line (still open) and the SDR hires (decided again).
        CadenceUser vpcs = people.principalOf("vpcs");
        RunAs.run(vpcs, () -> decisions.reopen(expansion.id(), "AEs sit on expansion deals under $80K for weeks; the $50K line "
                + "is argued again in every pipeline review.", decisions.get(expansion.id()).version(), vpcs));
        CadenceUser cfo = people.principalOf("cfo");
        RunAs.run(cfo, () -> decisions.reopen(sdrs.id(), "Enterprise coverage came in at 2.4×; check that outbound SDRs are "
                + "the right hire before the offers go out.", decisions.get(sdrs.id()).version(), cfo));
        CadenceUser ceo = people.principalOf("ceo");
        RunAs.run(ceo, () -> {
            var d = decisions.get(sdrs.id());
            decisions.update(sdrs.id(), new DecisionDraft(d.title(), d.context(), d.options(), d.positions(),
                    "Two enterprise SDRs are hired this quarter, measured on meetings held with ICP accounts; "
                            + "we review conversion after 90 days before hiring more.",
                    d.rationale() + " The 90-day review answers the CFO's question with data.", d.deciderId(), d.areaId(),
                    today.minusDays(20), null, null, d.message(), null), true, d.version(), ceo);
        });
    }

    /** A demo decision: who records it (by username) and what it says. */
    private record Demo(String title, String context, String options, String positions, String decision, String rationale,
                        String decider, Long areaId, LocalDate decidedOn, String message, String overrideReason) {

        Demo withOverride(String reason) {
            return new Demo(title, context, options, positions, decision, rationale, decider, areaId, decidedOn, message, reason);
        }

        DecisionDraft toDraft(Map<String, Long> ids) {
            return new DecisionDraft(title, context, options, positions, decision, rationale, ids.get(decider), areaId,
                    decidedOn, null, null, message, overrideReason);
        }
    }

    private static Demo draft(String title, String context, String options, String positions, String decision,
                              String rationale, String decider, Long areaId, LocalDate decidedOn, String message) {
        return new Demo(title, context, options, positions, decision, rationale, decider, areaId, decidedOn, message, null);
    }

    private DecisionSummary record(String by, Map<String, Long> ids, Demo demo) {
        CadenceUser author = people.principalOf(by);
        DecisionSummary[] saved = new DecisionSummary[1];
        RunAs.run(author, () -> saved[0] = decisions.record(demo.toDraft(ids), author));
        return saved[0];
    }

    private Map<String, Long> ids() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String username : List.of("ceo", "cro", "cmo", "cfo", "vpcs", "revops")) {
            ids.put(username, people.principalOf(username).personId());
        }
        return ids;
    }
}
