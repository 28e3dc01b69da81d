package dev.cadence.demo;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.forecast.CallForm;
import dev.cadence.forecast.ForecastService;
import dev.cadence.forecast.TargetsForm;
import dev.cadence.forecast.WeekOfQuarter;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.pipeline.PipelineRollups;
import dev.cadence.pipeline.PipelineRollups.QuarterRollups;
import dev.cadence.web.ApplicationClock;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brightline's forecast: bookings targets for the three demo quarters (set by the CFO before each starts) and the
 * CRO's call every Monday noon of them, through the ordinary service at the right instants. The closed quarters'
 * calls converge on what the pipeline actually booked (enterprise called high early, mid-market sandbagged); this
 * quarter's enterprise call drops when Northwind ($420K) and then Helix Bank ($380K) push out. Loaded once, after the
 * pipeline and the decision-rights map.
 */
@Component
@Profile("!prod")
@Order(45)
class DemoForecast implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoForecast.class);

    /** How far from the actual each week's commit call is, week 1 first, by segment key (the quarter before last). */
    private static final Map<String, double[]> ERROR = Map.of(
            "enterprise", new double[] {.2, .2, .17, .15, .15, .12, .09, .07, .05, .04, .02, .01, 0, 0},
            "mid-market", new double[] {-.1, -.1, -.08, -.08, -.06, -.06, -.05, -.04, -.03, -.02, -.01, 0, 0, 0},
            "smb", new double[] {.08, .06, .06, .04, .04, .03, .02, 0, -.01, -.01, 0, 0, 0, 0});
    /** The best case's upside over the commit, in parts of the actual. */
    private static final double[] UPSIDE = {.22, .22, .2, .18, .16, .14, .12, .1, .08, .06, .05, .03, .02, .02};

    private static final Map<String, String[]> DOWN = Map.of(
            "enterprise", new String[] {
                    "Two late-stage enterprise deals lost their champions in reorganisations; moved them to best case.",
                    "Legal redlines on the largest platform deal will not finish this quarter; taken out of commit.",
                    "Procurement at a global bank asked for a second security review; the deal slips past quarter end.",
                    "A competitive bake-off reopened on a $300K deal; no longer commit until the pilot ends."},
            "mid-market", new String[] {
                    "One expansion deal shrank after the customer cut seats in their own plan.",
                    "Two renewals with expansion slipped to next quarter on the customer's budget cycle."},
            "smb", new String[] {
                    "Self-serve upgrades came in below plan in the first weeks; trimmed the call.",
                    "Two SMB deals went dark after the trial; taken out of commit."});
    private static final Map<String, String[]> UP = Map.of(
            "enterprise", new String[] {
                    "Signed order form on a multi-year platform deal arrived early.",
                    "Security review cleared on two deals that were stuck; both back in commit."},
            "mid-market", new String[] {
                    "Three deals reached verbal yes after the new pricing page; moved into commit.",
                    "Partner-sourced deals converted faster than planned; raising commit.",
                    "Renewals with expansion signed early; two deals closed a month ahead.",
                    "Reps confirmed paper process on four deals in negotiation; adding them to the call."},
            "smb", new String[] {
                    "Inbound demo requests converted above plan this month.",
                    "Quarter-end promotion pulled in annual upgrades; raising the call."});

    private final ForecastService forecast;
    private final PipelineRollups rollups;
    private final PersonService people;
    private final CompanyService company;
    private final ApplicationClock clock;

    DemoForecast(ForecastService forecast, PipelineRollups rollups, PersonService people, CompanyService company,
                 ApplicationClock clock) {
        this.forecast = forecast;
        this.rollups = rollups;
        this.people = people;
        this.company = company;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (forecast.anyCall()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        FiscalQuarter current = FiscalQuarter.of(today, company.profile().fiscalYearStartMonth());
        List<FiscalQuarter> quarters = List.of(current.plus(-2), current.plus(-1), current);
        List<QuarterRollups> read = rollups.quarters(quarters);
        if (read.get(2).snapshots().isEmpty()) {
            return; // no pipeline to call against
        }
        List<SegmentView> segments = company.segments();
        CadenceUser cro = people.principalOf("cro");
        CadenceUser cfo = people.principalOf("cfo");
        int calls = 0;
        for (int i = 0; i < quarters.size(); i++) {
            FiscalQuarter q = quarters.get(i);
            QuarterRollups r = read.get(i);
            boolean closed = i < 2;
            Map<String, BigDecimal[]> commit = new HashMap<>();
            Map<String, BigDecimal[]> best = new HashMap<>();
            int weeks = closed ? WeekOfQuarter.count(q) : WeekOfQuarter.of(q, today);
            for (SegmentView s : segments) {
                BigDecimal[][] path = closed ? closedPath(s.key(), r, q, s.id(), i == 0 ? 1.0 : 0.6, weeks)
                        : currentPath(s.key(), r, q, s.id(), weeks);
                commit.put(s.key(), path[0]);
                best.put(s.key(), path[1]);
            }
            // The CFO sets the targets ten days before the quarter starts.
            Map<String, BigDecimal> targets = new HashMap<>();
            for (SegmentView s : segments) {
                BigDecimal base;
                if (closed) {
                    BigDecimal[] c = commit.get(s.key());
                    base = c[c.length - 1].multiply(BigDecimal.valueOf(switch (s.key()) {
                        case "enterprise" -> 1.08;
                        case "mid-market" -> 0.96;
                        default -> 1.02;
                    }));
                } else if (s.key().equals("enterprise")) {
                    // Planned a little above the week-2 call, which still had Northwind and Helix Bank in it.
                    base = commit.get(s.key())[Math.min(1, commit.get(s.key()).length - 1)].multiply(new BigDecimal("1.05"));
                } else {
                    // This quarter's plan: what the pipeline at its second week could reasonably book.
                    LocalDate second = r.latestOnOrBefore(WeekOfQuarter.end(q, 2)).orElse(r.snapshots().get(0));
                    PipelineRollups.Rollup crm = r.of(second, s.id());
                    base = crm.wonAndCommit().add(crm.bestCase().multiply(new BigDecimal("0.5")))
                            .add(crm.pipeline().multiply(new BigDecimal("0.15")));
                }
                targets.put(s.key(), base.setScale(-5, RoundingMode.HALF_UP).setScale(2));
            }
            try (var at = clock.at(q.start().minusDays(10).atTime(9, 0).toInstant(ZoneOffset.UTC))) {
                RunAs.run(cfo, () -> forecast.setTargets(targetsForm(q, segments, targets), cfo));
            }
            for (int w = 1; w <= weeks; w++) {
                CallForm form = new CallForm();
                form.setQuarter(q.key());
                form.setWeek(w);
                for (SegmentView s : segments) {
                    BigDecimal c = commit.get(s.key())[w - 1];
                    BigDecimal b = best.get(s.key())[w - 1];
                    CallForm.Line line = new CallForm.Line();
                    line.setSegment(s.key());
                    line.setCommit(new TypedNumber(c));
                    line.setBestCase(new TypedNumber(b));
                    if (w > 1) {
                        line.setReason(reason(s.key(), q, !closed, w, commit.get(s.key())[w - 2], c, best.get(s.key())[w - 2], b));
                    }
                    form.getLines().add(line);
                }
                try (var at = clock.at(WeekOfQuarter.start(q, w).atTime(12, 0).toInstant(ZoneOffset.UTC))) {
                    RunAs.run(cro, () -> forecast.saveCall(form, cro));
                }
                calls++;
            }
        }
        log.info("Demo forecast: targets and {} weekly calls loaded in {} ms", calls, (System.nanoTime() - started) / 1_000_000);
    }

    /** Commit and best case, week by week, converging on the actual (closed won as of the first snapshot after the end). */
    private static BigDecimal[][] closedPath(String segment, QuarterRollups r, FiscalQuarter q, long segmentId, double scale,
                                             int weeks) {
        BigDecimal actual = r.closing().map(day -> r.of(day, segmentId).closedWon()).orElse(BigDecimal.ZERO);
        double[] error = ERROR.getOrDefault(segment, ERROR.get("smb"));
        BigDecimal[] commit = new BigDecimal[weeks];
        BigDecimal[] best = new BigDecimal[weeks];
        for (int w = 0; w < weeks; w++) {
            double e = error[Math.min(w, error.length - 1)] * scale;
            commit[w] = round(actual.multiply(BigDecimal.valueOf(1 + e)));
            best[w] = round(actual.multiply(BigDecimal.valueOf(1 + e + UPSIDE[Math.min(w, UPSIDE.length - 1)])));
        }
        return new BigDecimal[][] {commit, best};
    }

    /**
     * This quarter so far: the call starts from the CRM's closed won and commit at week 2's snapshot plus a part of best
     * case; enterprise then loses Northwind in week 3 and Helix Bank in week 4, and gains a little in the latest week (from week 5).
     */
    private static BigDecimal[][] currentPath(String segment, QuarterRollups r, FiscalQuarter q, long segmentId, int weeks) {
        BigDecimal[] commit = new BigDecimal[weeks];
        BigDecimal[] best = new BigDecimal[weeks];
        for (int w = 1; w <= weeks; w++) {
            LocalDate day = WeekOfQuarter.end(q, Math.max(w, 2));
            LocalDate snapshot = r.latestOnOrBefore(day).orElse(r.snapshots().get(r.snapshots().size() - 1));
            PipelineRollups.Rollup crm = r.of(snapshot, segmentId);
            BigDecimal c;
            BigDecimal b;
            if (segment.equals("enterprise")) {
                LocalDate start = r.latestOnOrBefore(WeekOfQuarter.end(q, 2)).orElse(snapshot);
                PipelineRollups.Rollup first = r.of(start, segmentId);
                c = round(first.wonAndCommit().add(first.bestCase().multiply(new BigDecimal("0.25"))));
                b = round(first.wonAndCommit().add(first.bestCase().multiply(new BigDecimal("0.6"))));
                if (w >= 3) {
                    c = c.subtract(new BigDecimal("420000"));
                    b = b.subtract(new BigDecimal("420000"));
                }
                if (w >= 4) {
                    c = c.subtract(new BigDecimal("380000"));
                    b = b.subtract(new BigDecimal("200000"));
                }
                // The expansions come in the latest week called (from week 5 on), so that Home shows this week's move.
                if (w >= Math.max(5, weeks)) {
                    c = c.add(new BigDecimal("60000"));
                    b = b.add(new BigDecimal("60000"));
                }
            } else {
                c = round(crm.wonAndCommit().add(crm.bestCase().multiply(new BigDecimal("0.5"))));
                b = round(crm.wonAndCommit().add(crm.bestCase()).add(crm.pipeline().multiply(new BigDecimal("0.2"))));
                if (w > 1 && commit[w - 2] != null && c.subtract(commit[w - 2]).abs().compareTo(new BigDecimal("30000")) < 0) {
                    c = commit[w - 2]; // small moves are not worth a new number
                    b = best[w - 2];
                }
            }
            commit[w - 1] = c.max(BigDecimal.ZERO.setScale(2));
            best[w - 1] = b.max(commit[w - 1]);
        }
        return new BigDecimal[][] {commit, best};
    }

    private static String reason(String segment, FiscalQuarter q, boolean current, int week, BigDecimal fromCommit, BigDecimal toCommit,
                                 BigDecimal fromBest, BigDecimal toBest) {
        if (fromCommit.compareTo(toCommit) == 0 && fromBest.compareTo(toBest) == 0) {
            return null;
        }
        if (segment.equals("enterprise") && current) {
            String story = story(week, toCommit.subtract(fromCommit));
            if (story != null) {
                return story;
            }
        }
        int c = toCommit.compareTo(fromCommit);
        if (c == 0) {
            return toBest.compareTo(fromBest) < 0 ? "Upside narrowed as the quarter's open deals thinned out; commit unchanged."
                    : "More upside from deals that reached proposal; commit unchanged.";
        }
        String[] texts = (c < 0 ? DOWN : UP).getOrDefault(segment, UP.get("smb"));
        return texts[(week + q.quarter()) % texts.length];
    }

    /** This quarter's enterprise moves, as the pipeline tells them. */
    private static String story(int week, BigDecimal change) {
        if (week == 3 && change.compareTo(new BigDecimal("-420000")) == 0) {
            return "Northwind Traders ($420K) pushed to February: their legal review will not finish before quarter end. "
                    + "Second push on this deal; recovery plan with their CFO on the 12th.";
        }
        if (week == 4 && change.compareTo(new BigDecimal("-380000")) == 0) {
            return "Helix Bank ($380K) slipped into next quarter: their board moved budget approval to February. Coverage for "
                    + "enterprise is now thin; pulling forward two best-case deals is the plan.";
        }
        if (week >= 5 && change.signum() > 0) {
            return "Two enterprise expansions moved to commit after procurement sign-off.";
        }
        return null;
    }

    private static TargetsForm targetsForm(FiscalQuarter q, List<SegmentView> segments, Map<String, BigDecimal> targets) {
        TargetsForm form = new TargetsForm();
        form.setQuarter(q.key());
        List<TargetsForm.Line> lines = new ArrayList<>();
        for (SegmentView s : segments) {
            TargetsForm.Line line = new TargetsForm.Line();
            line.setSegment(s.key());
            line.setAmount(new TypedNumber(targets.get(s.key())));
            lines.add(line);
        }
        form.setLines(lines);
        return form;
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.setScale(-4, RoundingMode.HALF_UP).setScale(2);
    }
}
