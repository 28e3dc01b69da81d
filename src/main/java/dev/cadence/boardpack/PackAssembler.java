package dev.cadence.boardpack;

import dev.cadence.boardpack.PackContent.Bridge;
import dev.cadence.boardpack.PackContent.BridgeQuarter;
import dev.cadence.boardpack.PackContent.ComponentLine;
import dev.cadence.boardpack.PackContent.DecisionLine;
import dev.cadence.boardpack.PackContent.Decisions;
import dev.cadence.boardpack.PackContent.Drivers;
import dev.cadence.boardpack.PackContent.ExperimentLine;
import dev.cadence.boardpack.PackContent.Experiments;
import dev.cadence.boardpack.PackContent.Forecast;
import dev.cadence.boardpack.PackContent.Headline;
import dev.cadence.boardpack.PackContent.LeverLine;
import dev.cadence.boardpack.PackContent.MetricLine;
import dev.cadence.boardpack.PackContent.PastCall;
import dev.cadence.boardpack.PackContent.Risks;
import dev.cadence.boardpack.PackContent.Scorecard;
import dev.cadence.boardpack.PackContent.SegmentPlan;
import dev.cadence.boardpack.PackContent.TreeLine;
import dev.cadence.company.CompanyService;
import dev.cadence.decisions.DecisionFilter;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.drivers.DriverService;
import dev.cadence.drivers.TreeAsOf;
import dev.cadence.experiments.ExperimentFilter;
import dev.cadence.experiments.ExperimentService;
import dev.cadence.experiments.ExperimentStatus;
import dev.cadence.experiments.ExperimentView;
import dev.cadence.forecast.AccuracyPage;
import dev.cadence.forecast.AccuracyPage.QuarterAccuracy;
import dev.cadence.forecast.CallAsOf;
import dev.cadence.forecast.CallFigures;
import dev.cadence.forecast.ForecastService;
import dev.cadence.nrr.ComponentView;
import dev.cadence.nrr.Money;
import dev.cadence.nrr.NrrComponent;
import dev.cadence.nrr.NrrFigures;
import dev.cadence.nrr.NrrService;
import dev.cadence.nrr.NrrSnapshot;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.scorecard.CellView;
import dev.cadence.scorecard.Direction;
import dev.cadence.scorecard.MetricStatus;
import dev.cadence.scorecard.MetricTrail;
import dev.cadence.scorecard.ScorecardService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds a quarter's figures from the live artifacts, through each feature's own service: nothing here computes what a
 * feature computes already (accuracy, NRR and GRR, a tree's outcome, a verdict). A fixed number of statements whatever
 * the size of the data: every read below is one of the features' bounded reads, called a fixed number of times.
 */
@Component
class PackAssembler {

    /** The scorecard metrics the summary cites, by their stable keys; a metric not approved leaves its figure blank. */
    static final String WIN_RATE = "win-rate";
    static final String COVERAGE_METRIC = "pipeline-coverage";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int MID_QUARTER_WEEK = 7;

    private final ScorecardService scorecard;
    private final ForecastService forecast;
    private final NrrService nrr;
    private final DriverService drivers;
    private final DecisionService decisions;
    private final ExperimentService experiments;
    private final CompanyService company;
    private final Clock clock;

    PackAssembler(ScorecardService scorecard, ForecastService forecast, NrrService nrr, DriverService drivers,
                  DecisionService decisions, ExperimentService experiments, CompanyService company, Clock clock) {
        this.scorecard = scorecard;
        this.forecast = forecast;
        this.nrr = nrr;
        this.drivers = drivers;
        this.decisions = decisions;
        this.experiments = experiments;
        this.company = company;
        this.clock = clock;
    }

    PackContent assemble(FiscalQuarter q, CadenceUser reader) {
        LocalDate today = LocalDate.now(clock);
        boolean closed = q.end().isBefore(today);
        LocalDate asOf = closed ? q.end() : today;
        FiscalQuarter prior = q.previous();

        List<MetricTrail> trails = scorecard.trails(q.plus(-3).start(), asOf, reader);
        Scorecard card = scorecardPart(trails, q, prior, asOf);

        AccuracyPage accuracy = forecast.accuracy(reader);
        Optional<QuarterAccuracy> closing = closingOf(accuracy, q);
        CallAsOf call = forecast.callAsOf(q, closing.map(QuarterAccuracy::closing).orElse(asOf));
        List<PastCall> pastCalls = pastCalls(accuracy, q);
        Forecast plan = new Forecast(call.total().target() != null,
                call.snapshot() == null ? "—" : call.snapshot().format(DAY), segmentPlans(call), pastCalls, accuracySentence(pastCalls));

        // Four quarters of retention, and the next quarter's baseline: the ARR a quarter ends with is the ARR finance
        // starts the next one with, once set.
        List<NrrSnapshot> snapshots = new ArrayList<>();
        for (int i = -3; i <= 1; i++) {
            snapshots.add(nrr.now(q.plus(i), reader));
        }
        List<BridgeQuarter> bridgeQuarters = new ArrayList<>();
        for (int i = -3; i <= 0; i++) {
            FiscalQuarter qi = q.plus(i);
            BigDecimal booked = i == 0 ? bookedOf(closing, call) : bookedOf(closingOf(accuracy, qi), qi, today);
            bridgeQuarters.add(bridgeQuarter(qi, snapshots.get(i + 3), booked, snapshots.get(i + 4).startingArr()));
        }
        NrrSnapshot current = snapshots.get(3);
        NrrSnapshot previous = snapshots.get(2);
        Bridge bridge = new Bridge(bridgeQuarters, components(current),
                current.actualsEntered() ? "Actuals entered by finance" : "Forecast: the quarter's actuals are not entered yet");

        List<TreeAsOf> trees = drivers.asOf(asOf);
        Drivers driverPart = new Drivers(trees.stream().map(PackAssembler::treeLine).toList());

        ZoneId zone = clock.getZone();
        List<DecisionSummary> decided = decisions.list(new DecisionFilter(null, null, null, null, q.start(), q.end(), null));
        List<DecisionSummary> reopened = decisions.reopenedBetween(q.start().atStartOfDay(zone).toInstant(),
                q.end().plusDays(1).atStartOfDay(zone).toInstant());
        Decisions decisionPart = new Decisions(decided.stream().sorted(Comparator.comparing(DecisionSummary::decidedOn)
                .thenComparing(DecisionSummary::id)).map(PackAssembler::decisionLine).toList(), reopened.size(),
                reopened.stream().map(DecisionSummary::title).toList());

        List<ExperimentView> log = experiments.list(ExperimentFilter.none()).experiments();
        Experiments experimentPart = new Experiments(
                log.stream().filter(e -> e.status() == ExperimentStatus.CONCLUDED && e.endedOn() != null
                        && !e.endedOn().isBefore(q.start()) && !e.endedOn().isAfter(q.end()))
                        .sorted(Comparator.comparing(ExperimentView::endedOn)).map(e -> experimentLine(e, true)).toList(),
                log.stream().filter(e -> e.startedOn() != null && !e.startedOn().isAfter(asOf)
                        && (e.endedOn() == null || e.endedOn().isAfter(asOf)) && e.status() != ExperimentStatus.DRAFT)
                        .sorted(Comparator.comparing(ExperimentView::plannedEnd)).map(e -> experimentLine(e, false)).toList());

        // Coverage of next quarter as of the pack's day, and of this quarter as of the prior quarter's end.
        BigDecimal nextCoverage = forecast.callAsOf(q.next(), asOf).total().coverage();
        BigDecimal priorCoverage = forecast.callAsOf(q, prior.end()).total().coverage();

        List<Headline> headlines = headlines(q, bridgeQuarters, current, previous, trails, prior, asOf, nextCoverage, priorCoverage,
                pastCalls, closed);
        Risks risks = risks(closed, current, call, card, driverPart, decisionPart, experimentPart, nextCoverage, trails, asOf, q);

        return new PackContent(company.profile().name(), q.key(), q.label(), q.longLabel(), prior.label(), q.next().label(), asOf, closed,
                headlines, card, plan, bridge, driverPart, decisionPart, experimentPart, risks);
    }

    // ---- scorecard ----

    private static Scorecard scorecardPart(List<MetricTrail> trails, FiscalQuarter q, FiscalQuarter prior, LocalDate asOf) {
        List<MetricLine> lines = new ArrayList<>();
        for (MetricTrail t : trails) {
            CellView actual = within(t, q.start(), asOf);
            CellView before = within(t, prior.start(), prior.end());
            CellView last = t.cells().get(t.cells().size() - 1);
            String target = actual != null && actual.target() != null ? actual.target() : last.target();
            MetricStatus status = actual == null ? MetricStatus.NO_VALUE : actual.status();
            lines.add(new MetricLine(t.metric().name(), t.metric().ownerName(), t.metric().cadence().label(),
                    actual == null ? null : actual.formatted(), actual == null ? null : actual.periodLabel(),
                    target == null ? "—" : target, before == null ? "—" : before.formatted(), status.label(), status.symbol(),
                    statusKey(status), t.cells().stream().map(c -> c.value() == null ? null : c.value().doubleValue()).toList(),
                    t.metric().direction() == Direction.HIGHER_IS_BETTER));
        }
        return new Scorecard(lines);
    }

    /** The newest cell with a value for a period that started between {@code from} and {@code to}. */
    private static CellView within(MetricTrail t, LocalDate from, LocalDate to) {
        CellView found = null;
        for (int i = 0; i < t.cells().size(); i++) {
            LocalDate start = t.periods().get(i).start();
            if (t.cells().get(i).value() != null && !start.isAfter(to) && !start.isBefore(from.minusDays(6))) {
                found = t.cells().get(i);
            }
        }
        return found;
    }

    private static String statusKey(MetricStatus s) {
        return switch (s) {
            case ON_TRACK -> "on";
            case AT_RISK -> "risk";
            case OFF_TRACK -> "off";
            default -> "none";
        };
    }

    // ---- forecast ----

    private static Optional<QuarterAccuracy> closingOf(AccuracyPage accuracy, FiscalQuarter q) {
        return accuracy.quarters().stream().filter(a -> a.quarter().key().equals(q.key())).findFirst();
    }

    private static List<SegmentPlan> segmentPlans(CallAsOf call) {
        List<SegmentPlan> plans = new ArrayList<>();
        List<CallFigures> all = new ArrayList<>(call.segments());
        all.add(call.total());
        for (CallFigures f : all) {
            plans.add(new SegmentPlan(f.segmentName(), Money.brief(f.target()), Money.brief(f.closedWon()),
                    f.thisWeek() == null ? null : Money.brief(f.thisWeek().commit()),
                    f.thisWeek() == null ? null : Money.brief(f.thisWeek().bestCase()), Money.brief(f.open()),
                    f.target() == null || f.target().signum() <= 0 ? "—" : percent(f.closedWon(), f.target()),
                    value(f.target()), value(f.closedWon()), f.thisWeek() == null ? 0 : value(f.thisWeek().commit())));
        }
        return plans;
    }

    /** The closed quarters up to the pack's, oldest first, at most four: their calls against their actual. */
    private static List<PastCall> pastCalls(AccuracyPage accuracy, FiscalQuarter q) {
        List<PastCall> calls = new ArrayList<>();
        List<QuarterAccuracy> upTo = accuracy.quarters().stream().filter(a -> !a.quarter().start().isAfter(q.start()))
                .sorted(Comparator.comparing((QuarterAccuracy a) -> a.quarter().start()).reversed()).limit(4)
                .sorted(Comparator.comparing((QuarterAccuracy a) -> a.quarter().start())).toList();
        for (QuarterAccuracy a : upTo) {
            List<BigDecimal> accuracies = a.weeks().stream().map(w -> w.total().call().accuracy()).filter(Objects::nonNull).toList();
            BigDecimal mean = accuracies.isEmpty() ? null
                    : accuracies.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(accuracies.size()), 4, RoundingMode.HALF_UP);
            calls.add(new PastCall(a.quarter().label(), Money.brief(a.total().amount()), weekCall(a, 1),
                    weekCall(a, Math.min(MID_QUARTER_WEEK, a.weeks().size())), lastCall(a),
                    mean == null ? "—" : mean.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%", mean == null ? 0 : mean.doubleValue()));
        }
        return calls;
    }

    private static String weekCall(QuarterAccuracy a, int week) {
        if (week < 1 || week > a.weeks().size()) {
            return "—";
        }
        AccuracyPage.Scored call = a.weeks().get(week - 1).total().call();
        return call.amount() == null ? "—" : Money.brief(call.amount()) + " (" + call.percent() + "%)";
    }

    private static String lastCall(QuarterAccuracy a) {
        for (int w = a.weeks().size(); w >= 1; w--) {
            if (a.weeks().get(w - 1).total().call().amount() != null) {
                return weekCall(a, w);
            }
        }
        return "—";
    }

    private static String accuracySentence(List<PastCall> calls) {
        List<PastCall> scored = calls.stream().filter(c -> c.averageAccuracyValue() > 0).toList();
        if (scored.isEmpty()) {
            return null;
        }
        double mean = scored.stream().mapToDouble(PastCall::averageAccuracyValue).average().orElse(0);
        return "Across the last " + (scored.size() == 1 ? "closed quarter" : scored.size() + " closed quarters")
                + ", the weekly commit call averaged " + Math.round(mean * 100) + "% accuracy against the actual bookings.";
    }

    private static BigDecimal bookedOf(Optional<QuarterAccuracy> closing, CallAsOf call) {
        return closing.map(a -> a.total().amount()).orElse(call.total().closedWon());
    }

    private BigDecimal bookedOf(Optional<QuarterAccuracy> closing, FiscalQuarter q, LocalDate today) {
        if (closing.isPresent()) {
            return closing.get().total().amount();
        }
        CallAsOf call = forecast.callAsOf(q, q.end().isBefore(today) ? q.end() : today);
        return call.snapshot() == null ? null : call.total().closedWon();
    }

    // ---- ARR bridge ----

    /**
     * A quarter's bridge. When finance has set the next quarter's starting ARR, that is this quarter's end and new
     * business is what it adds beyond the ARR retained (start + expansion − contraction − churn): the bridge reconciles
     * with finance's figures. Until then, new business is the bookings closed won in the CRM.
     */
    private static BridgeQuarter bridgeQuarter(FiscalQuarter q, NrrSnapshot snap, BigDecimal booked, BigDecimal nextStart) {
        NrrFigures f = snap.actualsEntered() ? snap.actual() : snap.forecast();
        String basis = snap.actualsEntered() ? "actual" : "forecast";
        if (f.start() == null || f.churn() == null || f.contraction() == null || f.expansion() == null) {
            return new BridgeQuarter(q.label(), "none", Money.brief(f.start()), Money.brief(booked), Money.brief(f.expansion()),
                    Money.brief(f.contraction()), Money.brief(f.churn()), "—", "—", "—", false, value(f.start()), value(booked),
                    value(f.expansion()), value(f.contraction()), value(f.churn()), 0);
        }
        BigDecimal retained = f.endingArr();
        boolean ledger = nextStart != null && snap.actualsEntered();
        BigDecimal newArr = ledger ? nextStart.subtract(retained) : booked == null ? BigDecimal.ZERO : booked;
        BigDecimal end = retained.add(newArr);
        return new BridgeQuarter(q.label(), basis, Money.brief(f.start()), Money.brief(newArr), Money.brief(f.expansion()),
                negative(f.contraction()), negative(f.churn()), Money.brief(end), f.nrrShown(), f.grrShown(), ledger, value(f.start()),
                value(newArr), value(f.expansion()), value(f.contraction()), value(f.churn()), value(end));
    }

    private static String negative(BigDecimal amount) {
        return amount == null ? "—" : amount.signum() == 0 ? "$0" : "−" + Money.brief(amount).replace("−", "");
    }

    private static List<ComponentLine> components(NrrSnapshot snap) {
        List<ComponentLine> lines = new ArrayList<>();
        for (NrrComponent c : NrrComponent.values()) {
            ComponentView v = snap.component(c);
            lines.add(new ComponentLine(c.label(), v.ownerName() == null ? "No owner" : v.ownerName(), Money.brief(v.forecast()),
                    v.actual() == null ? "—" : Money.brief(v.actual()), v.variance() == null ? "—" : signed(v.variance()),
                    v.lastReason()));
        }
        return lines;
    }

    private static String signed(BigDecimal v) {
        return v.signum() > 0 ? "+" + Money.brief(v) : v.signum() == 0 ? "±$0" : Money.brief(v);
    }

    // ---- drivers, decisions, experiments ----

    private static TreeLine treeLine(TreeAsOf t) {
        return new TreeLine(t.name(), t.outcomeName(), t.outcomeLabel(), t.targetLabel(), t.targetDate(), t.gapDelta(), t.gapLabel(),
                t.onTarget(), t.leverCount(), t.problem(),
                t.offLevers().stream().map(l -> new LeverLine(l.leverName(), l.ownerName(), l.assumptionLabel(), l.latestLabel(),
                        l.latestPeriodLabel(), l.status().label())).toList());
    }

    private static DecisionLine decisionLine(DecisionSummary d) {
        return new DecisionLine(d.title(), d.areaName(), d.deciderName(), d.decidedOn(), d.statusLabel(), d.outcome(), d.message(),
                d.reopenCount());
    }

    private static ExperimentLine experimentLine(ExperimentView e, boolean concluded) {
        return new ExperimentLine(e.title(), e.ownerName(), e.leverLabel(), e.criterionLabel(), e.startedOn(), e.plannedEnd(), e.endedOn(),
                concluded && e.verdict() != null ? e.verdict().label() : null,
                concluded && e.verdict() != null ? e.verdict().name().toLowerCase(Locale.ROOT) : null,
                concluded ? e.verdictSummary() : null,
                concluded && e.decision() != null ? e.decision().done() : concluded ? "Awaiting decision" : e.timing(),
                concluded ? e.decisionRationale() : null, concluded ? e.observedResult() : null);
    }

    // ---- summary and risks ----

    private static List<Headline> headlines(FiscalQuarter q, List<BridgeQuarter> bridge, NrrSnapshot current, NrrSnapshot previous,
                                            List<MetricTrail> trails, FiscalQuarter prior, LocalDate asOf, BigDecimal nextCoverage,
                                            BigDecimal priorCoverage, List<PastCall> pastCalls, boolean closed) {
        BridgeQuarter now = bridge.get(bridge.size() - 1);
        BridgeQuarter before = bridge.get(bridge.size() - 2);
        String basis = !now.known() ? "no NRR baseline for the quarter"
                : now.ledger() ? "the ARR finance starts " + q.next().label() + " with"
                : "ARR retained and bookings closed won" + (closed ? "" : " so far");
        List<Headline> out = new ArrayList<>();
        out.add(new Headline("ARR", now.end(), "—", before.end(), basis, "neutral"));
        out.add(new Headline("Net new ARR", now.known() ? signed(BigDecimal.valueOf(now.endValue() - now.startValue())) : "—", "—",
                before.known() ? signed(BigDecimal.valueOf(before.endValue() - before.startValue())) : "—", basis,
                now.known() ? (now.endValue() >= now.startValue() ? "good" : "bad") : "neutral"));

        // The quarter's own retention from the NRR forecast; the governed, annual NRR metric and its target are on the scorecard.
        NrrFigures nf = current.actualsEntered() ? current.actual() : current.forecast();
        NrrFigures pf = previous.actualsEntered() ? previous.actual() : previous.forecast();
        String retentionBasis = current.actualsEntered() ? "the quarter's actuals" : "the quarter's forecast";
        out.add(new Headline("NRR, quarter", nf.nrrShown(), "—", pf.nrrShown(), retentionBasis, "neutral"));
        out.add(new Headline("GRR, quarter", nf.grrShown(), "—", pf.grrShown(), retentionBasis, "neutral"));

        MetricTrail coverageMetric = trail(trails, COVERAGE_METRIC);
        BigDecimal coverageTarget = targetOf(coverageMetric, asOf);
        out.add(new Headline("Pipeline coverage, " + q.next().label(), times(nextCoverage),
                coverageTarget == null ? "—" : times(coverageTarget), times(priorCoverage),
                nextCoverage == null ? "no bookings target set for " + q.next().label() : "open pipeline ÷ target left to book",
                tone(nextCoverage, coverageTarget, true)));

        MetricTrail winRate = trail(trails, WIN_RATE);
        if (winRate != null) {
            CellView actual = within(winRate, q.start(), asOf);
            CellView then = within(winRate, prior.start(), prior.end());
            out.add(new Headline("Win rate", actual == null ? "—" : actual.formatted(), actual == null || actual.target() == null ? "—"
                    : actual.target(), then == null ? "—" : then.formatted(), "scorecard, " + (actual == null ? "no value" : actual.periodLabel()),
                    actual == null ? "neutral" : switch (actual.status()) {
                        case ON_TRACK -> "good";
                        case OFF_TRACK -> "bad";
                        default -> "neutral";
                    }));
        }

        PastCall thisQuarter = pastCalls.stream().filter(c -> c.quarterLabel().equals(q.label())).findFirst().orElse(null);
        PastCall priorQuarter = pastCalls.stream().filter(c -> c.quarterLabel().equals(prior.label())).findFirst().orElse(null);
        out.add(new Headline("Forecast accuracy", thisQuarter == null ? "—" : thisQuarter.averageAccuracy(), "—",
                priorQuarter == null ? "—" : priorQuarter.averageAccuracy(),
                thisQuarter != null ? "weekly commit calls vs actual bookings" : closed ? "no calls recorded" : "known when the quarter closes",
                "neutral"));
        return out;
    }

    private static MetricTrail trail(List<MetricTrail> trails, String key) {
        return trails.stream().filter(t -> t.metric().key().equals(key)).findFirst().orElse(null);
    }

    private static BigDecimal targetOf(MetricTrail t, LocalDate asOf) {
        if (t == null) {
            return null;
        }
        CellView c = t.latestOnOrBefore(asOf);
        if (c != null && c.targetValue() != null) {
            return c.targetValue();
        }
        return t.cells().get(t.cells().size() - 1).targetValue();
    }

    private static String tone(BigDecimal value, BigDecimal target, boolean higherIsBetter) {
        if (value == null || target == null) {
            return "neutral";
        }
        int c = value.compareTo(target);
        return (higherIsBetter ? c >= 0 : c <= 0) ? "good" : "bad";
    }

    private static Risks risks(boolean closed, NrrSnapshot current, CallAsOf call, Scorecard card, Drivers drivers, Decisions decided,
                               Experiments experiments, BigDecimal nextCoverage, List<MetricTrail> trails, LocalDate asOf, FiscalQuarter q) {
        List<String> flagged = new ArrayList<>();
        CallFigures total = call.total();
        if (total.target() != null && total.target().signum() > 0) {
            if (closed && total.closedWon().compareTo(total.target()) < 0) {
                flagged.add("Bookings closed at " + percent(total.closedWon(), total.target()) + " of target, "
                        + Money.brief(total.target().subtract(total.closedWon())) + " short.");
            } else if (!closed && total.gap() != null && total.gap().signum() > 0) {
                flagged.add(Money.brief(total.gap()) + " of the bookings target is not yet won or committed; it must come from best case "
                        + "and pipeline (" + Money.brief(total.bestCase().add(total.pipeline())) + " open).");
            }
        }
        if (!closed && current.openAccounts() > 0) {
            flagged.add(current.openAccounts() + (current.openAccounts() == 1 ? " at-risk account renews" : " at-risk accounts renew")
                    + " this quarter and " + (current.openAccounts() == 1 ? "is" : "are") + " not yet saved: " + Money.brief(current.openArr())
                    + " ARR.");
        }
        List<String> off = card.metrics().stream().filter(m -> "off".equals(m.statusKey())).map(MetricLine::name).toList();
        if (!off.isEmpty()) {
            flagged.add("Off track on the scorecard: " + String.join(", ", off) + ".");
        }
        long leversOff = drivers.trees().stream().mapToLong(t -> t.leversOff().size()).sum();
        if (leversOff > 0) {
            flagged.add(leversOff + (leversOff == 1 ? " value-driver lever is" : " value-driver levers are") + " off the plan's assumption.");
        }
        if (decided.reopenedCount() > 0) {
            flagged.add(decided.reopenedCount() + (decided.reopenedCount() == 1 ? " decision was" : " decisions were")
                    + " re-opened this quarter: " + String.join("; ", decided.reopenedTitles()) + ".");
        }
        long awaiting = experiments.concluded().stream().filter(e -> "Awaiting decision".equals(e.decision())).count();
        if (awaiting > 0) {
            flagged.add(awaiting + (awaiting == 1 ? " concluded experiment waits" : " concluded experiments wait") + " for a decision.");
        }
        MetricTrail coverage = trail(trails, COVERAGE_METRIC);
        BigDecimal target = targetOf(coverage, asOf);
        if (nextCoverage != null && target != null && nextCoverage.compareTo(target) < 0) {
            flagged.add("Pipeline for " + q.next().label() + " covers " + times(nextCoverage) + " of what is left to book, under the "
                    + times(target) + " target.");
        }
        return new Risks(flagged);
    }

    // ---- formatting ----

    private static String percent(BigDecimal part, BigDecimal whole) {
        return part.movePointRight(2).divide(whole, 0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String times(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.setScale(1, RoundingMode.HALF_UP).toPlainString() + "×";
    }

    private static double value(BigDecimal amount) {
        return amount == null ? 0 : amount.doubleValue();
    }
}
