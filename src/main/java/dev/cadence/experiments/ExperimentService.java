package dev.cadence.experiments;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionOrigin;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.drivers.DriverService;
import dev.cadence.drivers.LeverRef;
import dev.cadence.history.ChangeSet;
import dev.cadence.meetings.MeetingCommandService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.scorecard.GovernanceStatus;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricView;
import dev.cadence.scorecard.PeriodValue;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.KeptReads;
import dev.cadence.web.UserText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experiment log: writing experiments (their success criterion and guardrails lock when they start; a later
 * change is an amendment with a reason), running, stopping and concluding them, the scorecard's verdict over the
 * window, and the decision — scale, iterate or retire — recorded in the decision log through
 * {@link DecisionService#record}, the decider checked against the decision-rights map. Every change locks the
 * experiment's row before checking its version. Pages read a fixed number of statements whatever the history: what
 * they read is kept ({@link KeptReads}) under the {@code experiment_change} counter (V34), which database triggers move on
 * every write to the experiments and to what names their parts, so a page reads one row to know it is still true.
 */
@Service
public class ExperimentService {

    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 2000;
    static final int IMPACT_MAX = 1000;
    static final int RESULT_MAX = 4000;
    static final int MAX_GUARDRAILS = 4;
    static final int MAX_WINDOW = 52;

    private final ExperimentRepository experiments;
    private final GuardrailRepository guardrails;
    private final AmendmentRepository amendments;
    private final ExperimentHistory history;
    private final DriverService drivers;
    private final MetricDefinitionService metrics;
    private final ScorecardService scorecard;
    private final DecisionService decisions;
    private final PersonService people;
    private final CompanyService company;
    /** Looked up when used: the meetings engine cites this service when it prepares a council (a cycle at construction). */
    private final ObjectProvider<MeetingCommandService> meetings;
    private final Clock clock;
    private final KeptReads kept;

    ExperimentService(ExperimentRepository experiments, GuardrailRepository guardrails, AmendmentRepository amendments,
                      ExperimentHistory history, DriverService drivers, MetricDefinitionService metrics, ScorecardService scorecard,
                      DecisionService decisions, PersonService people, CompanyService company, ObjectProvider<MeetingCommandService> meetings,
                      Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.kept = KeptReads.underCounter("experiment_change", jdbc, clock, transactions, 256);
        this.experiments = experiments;
        this.guardrails = guardrails;
        this.amendments = amendments;
        this.history = history;
        this.drivers = drivers;
        this.metrics = metrics;
        this.scorecard = scorecard;
        this.decisions = decisions;
        this.people = people;
        this.company = company;
        this.meetings = meetings;
        this.clock = clock;
    }

    // ---- reading ----

    /**
     * The log, filtered: waiting for a decision first, then running (soonest end first), drafts, decided (latest
     * first) and stopped; with what the filters offer. A fixed number of statements whatever the log's size.
     */
    public ExperimentList list(ExperimentFilter filter) {
        Log log = log();
        List<ExperimentView> shown = filter.any() ? log.inOrder().stream().filter(filter::matches).toList() : log.inOrder();
        return new ExperimentList(shown, log.running(), log.awaitingDecision(), log.options());
    }

    /** The whole log as of today, in the list's order, with its counts: read once after each change (two statements then). */
    private record Log(List<ExperimentView> inOrder, int running, int awaitingDecision, ExperimentOptions options) {
    }

    private Log log() {
        return kept.get("log", () -> {
            // Read here rather than through keptContext(): one read of the counter per view, kept or not.
            ExperimentContext c = context(true, false, false);
            List<Experiment> all = experiments.findAllInOrder();
            Map<Long, List<Guardrail>> byExperiment = guardrailsOf(all);
            LocalDate today = LocalDate.now(clock);
            List<ExperimentView> views = all.stream().map(e -> view(e, byExperiment.getOrDefault(e.getId(), List.of()), c, today))
                    .sorted(LIST_ORDER).toList();
            return new Log(views, (int) views.stream().filter(v -> v.status() == ExperimentStatus.RUNNING).count(),
                    (int) views.stream().filter(ExperimentView::awaitingDecision).count(), options(c));
        });
    }

    /** One experiment as of today, for the API and other features. */
    @Transactional(readOnly = true)
    public ExperimentView get(long id) {
        Experiment e = load(id);
        return view(e, guardrails.findByExperiment(id), context(true, true, true), LocalDate.now(clock));
    }

    /** An experiment's page: the experiment, the scorecard's reading over its window, amendments, history, what the viewer may do. */
    public ExperimentPage page(long id, CadenceUser viewer) {
        Shown shown = kept.get(new ShownKey(id), () -> {
            ExperimentContext c = context(true, true, true);
            Experiment e = load(id);
            List<Guardrail> gs = guardrails.findByExperiment(id);
            List<ExperimentPage.AmendmentView> amended = amendments.findByExperiment(id).stream()
                    .map(a -> new ExperimentPage.AmendmentView(a.getReason(), a.getChanges(), c.personName(a.getAmendedBy()), a.getAmendedAt()))
                    .toList();
            return new Shown(e, gs, view(e, gs, c, LocalDate.now(clock)), amended, history.of(id, c), c);
        });
        Experiment e = shown.experiment();
        ExperimentContext c = shown.context();
        // A draft (or a draft dropped before it started) has nothing to read yet; the scorecard's values are read afresh.
        Judgement judged = e.getStartedOn() == null ? null : judge(e, shown.guardrails(), c, LocalDate.now(clock));
        ExperimentView v = shown.view();
        boolean manage = ExperimentPermissions.canManage(viewer, e.getOwnerId(), e.getCreatedBy());
        ExperimentStatus s = e.getStatus();
        return new ExperimentPage(v, judged == null ? null : judged.reading(),
                shown.amendments(), shown.history(), manage,
                manage && (s == ExperimentStatus.DRAFT || s == ExperimentStatus.RUNNING), manage && s == ExperimentStatus.DRAFT,
                manage && (s == ExperimentStatus.DRAFT || s == ExperimentStatus.RUNNING), manage && s == ExperimentStatus.RUNNING,
                manage && e.awaitingDecision(), c.areas(), c.owners());
    }

    private record ShownKey(long experimentId) {
    }

    /**
     * An experiment's page as it stands, kept: the entity and its guardrails (only read, never changed: a change loads its
     * own, locked), its view as of today, amendments and history, and what names their parts.
     */
    private record Shown(Experiment experiment, List<Guardrail> guardrails, ExperimentView view,
                         List<ExperimentPage.AmendmentView> amendments, List<ChangeSet> history, ExperimentContext context) {
    }

    /** What the experiment form offers: levers, approved metrics, segments, possible owners, decision areas. */
    @Transactional(readOnly = true)
    public ExperimentOptions options() {
        return options(keptContext());
    }

    // ---- writing ----

    /** A new draft; everyone but the board. */
    @Transactional
    public ExperimentView create(ExperimentInput input, CadenceUser actor) {
        ExperimentPermissions.requireCreate(actor);
        ExperimentContext c = context(true, true, true);
        ExperimentSpec spec = spec(input, c);
        requireWindowWithin(spec, spec.plannedStart(), c, "plannedStart");
        Instant now = Instant.now(clock);
        Experiment e = experiments.saveAndFlush(new Experiment(spec, actor.personId(), now));
        replaceGuardrails(e, spec.guardrails());
        return view(e, guardrails.findByExperiment(e.getId()), c, LocalDate.now(clock));
    }

    /**
     * Saves an edit made on {@code expectedVersion}. A draft changes freely. Once it runs, a change to the locked
     * criteria (primary metric, threshold, segment, window, measure, planned end) or guardrails is an amendment and
     * needs {@code amendmentReason}; the words, the lever, the owner and the decision area change freely. A
     * concluded or stopped experiment stays as it ended.
     */
    @Transactional
    public ExperimentView update(long id, ExperimentInput input, String amendmentReason, long expectedVersion, CadenceUser actor) {
        Change change = change(id, expectedVersion, actor);
        Experiment e = change.experiment();
        ExperimentContext c = change.context();
        if (e.getStatus() == ExperimentStatus.CONCLUDED || e.getStatus() == ExperimentStatus.STOPPED) {
            throw new RuleViolationException("“" + e.getTitle() + "” has " + e.getStatus().label().toLowerCase()
                    + ": it stays as it ended" + (e.awaitingDecision() ? "; record its decision." : "."));
        }
        ExperimentSpec spec = spec(input, c);
        Instant now = Instant.now(clock);
        List<ExperimentSpec.GuardrailSpec> before = guardrails.findByExperiment(id).stream().map(Guardrail::spec).toList();
        boolean guardrailsChanged = !ExperimentSpec.sameGuardrails(before, spec.guardrails());
        if (e.getStatus() == ExperimentStatus.DRAFT) {
            requireWindowWithin(spec, spec.plannedStart(), c, "plannedStart");
            e.describe(spec, now);
        } else {
            // Running: the start is what happened, not a plan any more.
            spec = withPlannedStart(spec, e.getPlannedStart());
            if (e.criteriaDiffer(spec) || guardrailsChanged) {
                String reason = UserText.optional(amendmentReason, TEXT_MAX, "amendmentReason");
                if (reason == null) {
                    throw new RuleViolationException("amendmentReason", "The success criterion and guardrails locked when “" + e.getTitle()
                            + "” started on " + ExperimentContext.day(e.getStartedOn()) + ". Changing them is an amendment: say why. The reason is shown on its "
                            + "page and in its history.");
                }
                if (spec.plannedEnd().isBefore(e.getStartedOn())) {
                    throw new RuleViolationException("plannedEnd", "The planned end cannot come before the day it started ("
                            + ExperimentContext.day(e.getStartedOn()) + ").");
                }
                requireWindowWithin(spec, e.getStartedOn(), c, "windowPeriods");
                String changes = amendmentChanges(e, before, spec, c);
                e.amend(spec, now);
                amendments.save(new Amendment(id, reason, changes, actor.personId(), now));
            } else {
                e.describeUnlocked(spec, now);
            }
        }
        if (guardrailsChanged) {
            e.touch(now);
            replaceGuardrails(e, spec.guardrails());
        }
        experiments.saveAndFlush(e);
        return view(e, guardrails.findByExperiment(id), c, LocalDate.now(clock));
    }

    /** Starts a draft today: its criteria and guardrails lock. */
    @Transactional
    public ExperimentView start(long id, long expectedVersion, CadenceUser actor) {
        Change change = change(id, expectedVersion, actor);
        Experiment e = change.experiment();
        ExperimentContext c = change.context();
        if (e.getStatus() != ExperimentStatus.DRAFT) {
            throw new RuleViolationException("“" + e.getTitle() + "” is " + e.getStatus().label().toLowerCase() + ": only a draft starts.");
        }
        LocalDate today = LocalDate.now(clock);
        if (e.getPlannedEnd().isBefore(today)) {
            throw new RuleViolationException("plannedEnd", "Its planned end (" + ExperimentContext.day(e.getPlannedEnd()) + ") has passed: move it before starting.");
        }
        List<Guardrail> gs = guardrails.findByExperiment(id);
        Set<String> keys = new HashSet<>();
        keys.add(e.getPrimaryMetricKey());
        gs.forEach(g -> keys.add(g.getMetricKey()));
        for (String key : keys) {
            MetricView m = c.metric(key);
            if (m == null || m.status() != GovernanceStatus.APPROVED) {
                throw new RuleViolationException((m == null ? key : m.name()) + " is not an approved scorecard metric any more: "
                        + "choose another before starting.");
            }
        }
        requireWindowWithin(current(e, gs), today, c, "windowPeriods");
        e.start(today, Instant.now(clock));
        experiments.saveAndFlush(e);
        return view(e, gs, c, today);
    }

    /** Stops a draft or a running experiment, for a reason that is kept. */
    @Transactional
    public ExperimentView stop(long id, String reason, long expectedVersion, CadenceUser actor) {
        Change change = change(id, expectedVersion, actor);
        Experiment e = change.experiment();
        ExperimentContext c = change.context();
        if (e.getStatus() != ExperimentStatus.DRAFT && e.getStatus() != ExperimentStatus.RUNNING) {
            throw new RuleViolationException("“" + e.getTitle() + "” has " + e.getStatus().label().toLowerCase() + " already.");
        }
        String why = UserText.required(reason, TEXT_MAX, "stopReason", "Say why it stops: what happened, what was learned.");
        e.stop(why, LocalDate.now(clock), Instant.now(clock));
        experiments.saveAndFlush(e);
        return view(e, guardrails.findByExperiment(id), c, LocalDate.now(clock));
    }

    /**
     * Concludes a running experiment today with the observed result: Cadence reads the primary metric and the
     * guardrails from the scorecard over the window and keeps the verdict.
     */
    @Transactional
    public ExperimentView conclude(long id, String observedResult, long expectedVersion, CadenceUser actor) {
        Change change = change(id, expectedVersion, actor);
        Experiment e = change.experiment();
        ExperimentContext c = change.context();
        if (e.getStatus() != ExperimentStatus.RUNNING) {
            throw new RuleViolationException("“" + e.getTitle() + "” is " + e.getStatus().label().toLowerCase() + ": only a running experiment concludes.");
        }
        String observed = UserText.required(observedResult, RESULT_MAX, "observedResult",
                "Write the observed result: what the numbers did and what you learned.");
        LocalDate today = LocalDate.now(clock);
        List<Guardrail> gs = guardrails.findByExperiment(id);
        Instant now = Instant.now(clock);
        e.conclude(observed, today, Verdict.NO_DATA, null, null, now);
        Judgement judged = judge(e, gs, c, today);
        e.read(judged.verdict(), judged.reading().summary(), judged.observed());
        experiments.saveAndFlush(e);
        return view(e, gs, c, today);
    }

    /**
     * Records the decision on a concluded experiment: the scorecard is read again (values may have come in since),
     * a decision against the verdict needs its reason, and the decision goes into the decision log, where its decider
     * is checked against the decision-rights map.
     *
     * @throws dev.cadence.decisions.DeciderNotEntitledException the decider lacks Decide for the area and no override
     *                                                          reason was given (nothing saved)
     */
    @Transactional
    public ExperimentView decide(long id, DecisionInput input, long expectedVersion, CadenceUser actor) {
        Change change = change(id, expectedVersion, actor);
        Experiment e = change.experiment();
        ExperimentContext c = change.context();
        if (!e.awaitingDecision()) {
            throw new RuleViolationException(e.getDecision() != null
                    ? "“" + e.getTitle() + "” was decided already (" + e.getDecision().label().toLowerCase() + ", on " + ExperimentContext.day(e.getDecidedOn()) + ")."
                    : "“" + e.getTitle() + "” is " + e.getStatus().label().toLowerCase() + ": conclude it before deciding.");
        }
        if (input.resolution() == null) {
            throw new RuleViolationException("resolution", "Choose the decision: scale, iterate or retire.");
        }
        String rationale = UserText.required(input.rationale(), RESULT_MAX, "rationale", "Write the rationale: why this decision.");
        LocalDate today = LocalDate.now(clock);
        List<Guardrail> gs = guardrails.findByExperiment(id);
        Judgement judged = judge(e, gs, c, today);
        Verdict verdict = judged.verdict();
        e.read(verdict, judged.reading().summary(), judged.observed());
        String against = null;
        if (!verdict.supports(input.resolution())) {
            against = UserText.optional(input.againstVerdictReason(), TEXT_MAX, "againstVerdictReason");
            if (against == null) {
                throw new RuleViolationException("againstVerdictReason", "The verdict is " + verdict.label().toLowerCase() + ", which supports "
                        + verdict.supportedWords() + ". To " + input.resolution().label().toLowerCase()
                        + " anyway, say why: the reason is kept with the decision.");
            }
        }
        if (input.deciderId() == null) {
            throw new RuleViolationException("deciderId", "Choose who decides.");
        }
        Long areaId = input.areaId() != null ? input.areaId() : e.getDecisionAreaId();
        String againstVerdict = against;
        // Taken in a meeting (the GTM council): that meeting's decision too, recorded only by someone running it now.
        java.util.function.Function<String, DecisionSummary> record = meetingLabel -> decisions.record(new DecisionDraft(
                abbreviate(input.resolution().verb() + " the experiment “" + e.getTitle() + "”", 200),
                abbreviate("Hypothesis: " + e.getHypothesis() + "\nSuccess criterion: " + c.criterion(e.getPrimaryMetricKey(),
                        e.getSegmentId(), e.getBound(), e.getThreshold(), e.getMeasure(), e.getWindowPeriods())
                        + (gs.isEmpty() ? "" : "\nGuardrails: " + gs.stream().map(g -> c.guardrail(g.spec())).collect(Collectors.joining("; ")))
                        + "\nVerdict: " + verdict.label() + ". " + judged.reading().summary() + "\nObserved: " + e.getObservedResult(), 4000),
                "Scale, iterate or retire. The verdict (" + verdict.label().toLowerCase() + ") supports " + verdict.supportedWords() + ".",
                null,
                abbreviate(input.resolution().label() + ": " + e.getTitle() + "."
                        + (againstVerdict == null ? "" : " Against the verdict (" + verdict.label().toLowerCase() + ") because: " + againstVerdict), 4000),
                rationale, input.deciderId(), areaId, today, input.meetingId(), meetingLabel, input.message(),
                input.overrideReason()), new DecisionOrigin("/experiments/" + e.getId(), abbreviate("Experiment “" + e.getTitle() + "”", 200)),
                actor);
        DecisionSummary recorded = input.meetingId() == null ? record.apply(input.meetingLabel())
                : meetings.getObject().recordDecisionTakenIn(input.meetingId(), actor, record);
        e.decide(input.resolution(), rationale, against, recorded.id(), today, Instant.now(clock));
        experiments.saveAndFlush(e);
        return view(e, gs, c, today);
    }

    // ---- for other features ----

    /**
     * The experiments as they stood on {@code day} (a meeting's): running then, with the days left from that day,
     * soonest end first; concluded by then and not decided by then. Five statements whatever the log's size.
     */
    public ExperimentsAsOf asOf(LocalDate day) {
        return kept.get(new AsOfKey(day), () -> {
            List<Experiment> active = experiments.findActiveOn(day);
            if (active.isEmpty()) {
                return new ExperimentsAsOf(day, List.of(), List.of());
            }
            ExperimentContext c = context(false, false, false);
            List<ExperimentView> views = active.stream().map(e -> view(e, List.of(), c, day)).toList();
            return new ExperimentsAsOf(day, views.stream().filter(v -> v.status() == ExperimentStatus.RUNNING).toList(),
                    views.stream().filter(ExperimentView::awaitingDecision).toList());
        });
    }

    private record AsOfKey(LocalDate day) {
    }

    /**
     * What a meeting on {@code day} should take up: experiments running then whose planned end is at most
     * {@code withinDays} away (or past), and those concluded and waiting for a decision.
     */
    @Transactional(readOnly = true)
    public List<ExperimentDue> due(LocalDate day, int withinDays) {
        ExperimentsAsOf now = asOf(day);
        List<ExperimentDue> out = new ArrayList<>();
        for (ExperimentView v : now.awaitingDecision()) {
            out.add(new ExperimentDue(v.id(), v.title(), v.ownerId(), v.ownerName(), v.status(), v.plannedEnd(),
                    ChronoUnit.DAYS.between(day, v.plannedEnd()), ExperimentDue.Reason.AWAITING_DECISION, v.verdict(),
                    "“" + v.title() + "” (" + v.ownerName() + ") has concluded"
                            + (v.verdict() == null ? "" : ", verdict " + v.verdict().label().toLowerCase()) + ": it waits for its decision"));
        }
        for (ExperimentView v : now.running()) {
            if (v.daysLeft() <= withinDays) {
                out.add(new ExperimentDue(v.id(), v.title(), v.ownerId(), v.ownerName(), v.status(), v.plannedEnd(), v.daysLeft(),
                        v.daysLeft() < 0 ? ExperimentDue.Reason.PAST_ITS_END : ExperimentDue.Reason.ENDING_SOON, null,
                        "“" + v.title() + "” (" + v.ownerName() + ") " + (v.daysLeft() < 0 ? "is " + v.timing() + ": conclude it"
                                : v.daysLeft() == 0 ? "ends today" : "ends in " + v.daysLeft() + (v.daysLeft() == 1 ? " day" : " days"))));
            }
        }
        return out;
    }

    // ---- the verdict ----

    /** The reading, and the primary metric's observed value kept with the verdict. */
    private record Judgement(ExperimentPage.Reading reading, BigDecimal observed) {

        /** The verdict to keep: a window not begun has no value to judge by. */
        Verdict verdict() {
            return reading.verdict() == null ? Verdict.NO_DATA : reading.verdict();
        }
    }

    /**
     * Reads the primary metric and the guardrails over the window, as far as it has begun by {@code today}: the
     * verdict so far while it runs, the verdict once it has ended. One statement for the values.
     */
    private Judgement judge(Experiment e, List<Guardrail> gs, ExperimentContext c, LocalDate today) {
        MetricView primary = c.metric(e.getPrimaryMetricKey());
        ExperimentWindow w = ExperimentWindow.of(primary.cadence(), e.getWindowPeriods(), e.runStart(), e.windowEnd(), c.fiscalYearStartMonth);
        boolean soFar = e.getStatus() == ExperimentStatus.RUNNING && !w.to().isBefore(today);
        List<Period> primaryPeriods = ExperimentWindow.begunBy(w.periods(), today);
        if (primaryPeriods.isEmpty()) {
            return new Judgement(new ExperimentPage.Reading(w.label(), w.from(), w.to(), false, true, null,
                    "The window has not begun: the first of its " + w.periods().size() + " " + primary.cadence().unit()
                            + (w.periods().size() == 1 ? "" : "s") + " is " + w.first().key() + ".", List.of(), null), null);
        }
        Map<Guardrail, List<Period>> guardrailPeriods = new java.util.LinkedHashMap<>();
        for (Guardrail g : gs) {
            MetricView m = c.metric(g.getMetricKey());
            guardrailPeriods.put(g, ExperimentWindow.begunBy(w.periodsOf(m.cadence(), c.fiscalYearStartMonth), today));
        }
        LocalDate from = w.from();
        LocalDate to = primaryPeriods.get(primaryPeriods.size() - 1).start();
        for (List<Period> ps : guardrailPeriods.values()) {
            if (!ps.isEmpty()) {
                from = ps.get(0).start().isBefore(from) ? ps.get(0).start() : from;
                to = ps.get(ps.size() - 1).start().isAfter(to) ? ps.get(ps.size() - 1).start() : to;
            }
        }
        Set<String> keys = new HashSet<>();
        keys.add(e.getPrimaryMetricKey());
        gs.forEach(g -> keys.add(g.getMetricKey()));
        Map<String, Map<String, BigDecimal>> series = new HashMap<>();
        for (PeriodValue v : scorecard.valuesBetween(keys, from, to)) {
            series.computeIfAbsent(v.metricKey() + "|" + v.segmentKey(), k -> new HashMap<>()).put(v.periodKey(), v.value());
        }

        List<String> primaryKeys = primaryPeriods.stream().map(Period::key).toList();
        Map<String, BigDecimal> primaryValues = series.getOrDefault(e.getPrimaryMetricKey() + "|" + c.segmentKey(e.getSegmentId()), Map.of());
        Verdicts.PrimaryReading pr = Verdicts.primary(e.getBound(), e.getThreshold(), e.getMeasure(), primaryKeys, primaryValues);
        List<Verdicts.GuardrailReading> grs = new ArrayList<>();
        List<ExperimentPage.MetricReading> rows = new ArrayList<>();
        String primaryLabel = c.metricLabel(e.getPrimaryMetricKey(), e.getSegmentId());
        rows.add(new ExperimentPage.MetricReading(primaryLabel, "Success: " + e.getBound().sign() + " " + c.number(e.getPrimaryMetricKey(),
                e.getThreshold()) + " " + e.getMeasure().words() + " the window", true,
                chips(primaryPeriods, primaryValues, v -> !e.getBound().holds(v, e.getThreshold()) && e.getMeasure() == Measure.EVERY, c,
                        e.getPrimaryMetricKey()),
                pr.noData() ? "No value yet" : (pr.met() ? "Met" : "Not met") + " · " + observedWords(e.getMeasure(), c.number(e.getPrimaryMetricKey(),
                        pr.observed()), pr.observedPeriod()), pr.noData() ? "status-none" : pr.met() ? "status-on" : "status-off"));
        List<String> guardrailWords = new ArrayList<>();
        for (Map.Entry<Guardrail, List<Period>> entry : guardrailPeriods.entrySet()) {
            Guardrail g = entry.getKey();
            Map<String, BigDecimal> values = series.getOrDefault(g.getMetricKey() + "|" + c.segmentKey(g.getSegmentId()), Map.of());
            Verdicts.GuardrailReading gr = Verdicts.guardrail(g.getBound(), g.getLimit(), entry.getValue().stream().map(Period::key).toList(), values);
            grs.add(gr);
            String label = c.metricLabel(g.getMetricKey(), g.getSegmentId());
            String limit = g.getBound().sign() + " " + c.number(g.getMetricKey(), g.getLimit());
            String worst = c.number(g.getMetricKey(), gr.worst());
            rows.add(new ExperimentPage.MetricReading(label, "Guardrail: stays " + limit, false,
                    chips(entry.getValue(), values, v -> !g.getBound().holds(v, g.getLimit()), c, g.getMetricKey()),
                    gr.noData() ? "No value yet" : gr.breached() ? "Breached in " + String.join(", ", gr.crossed()) + " · worst " + worst
                            : "Held · closest " + worst, gr.noData() ? "status-none" : gr.breached() ? "status-off" : "status-on"));
            if (gr.breached()) {
                guardrailWords.add(label + " crossed its limit (" + limit + ") in " + String.join(", ", gr.crossed()) + ", at worst " + worst + ".");
            } else if (gr.noData()) {
                guardrailWords.add(label + " has no value in the window yet.");
            }
        }
        Verdict verdict = Verdicts.verdict(pr, grs);
        String unit = primary.cadence().unit();
        StringBuilder summary = new StringBuilder();
        if (pr.noData()) {
            summary.append("No value of ").append(primaryLabel).append(" in ").append(w.label()).append(soFar ? " yet." : ".");
        } else {
            summary.append(switch (e.getMeasure()) {
                case AVERAGE -> primaryLabel + " averaged " + c.number(e.getPrimaryMetricKey(), pr.observed()) + " over " + pr.periodsWithValues()
                        + " " + unit + (pr.periodsWithValues() == 1 ? "" : "s") + " with a value";
                case EVERY -> primaryLabel + " was at worst " + c.number(e.getPrimaryMetricKey(), pr.observed()) + " (" + pr.observedPeriod() + ")";
                case LAST -> primaryLabel + " was " + c.number(e.getPrimaryMetricKey(), pr.observed()) + " in " + pr.observedPeriod();
            }).append(" (").append(w.label()).append(soFar ? ", so far" : "").append("), against ").append(e.getBound().sign()).append(' ')
                    .append(c.number(e.getPrimaryMetricKey(), e.getThreshold())).append(": ").append(pr.met() ? "met" : "not met").append('.');
            if (!pr.missing().isEmpty()) {
                summary.append(" No value for ").append(String.join(", ", pr.missing())).append('.');
            }
        }
        if (w.periods().size() < e.getWindowPeriods()) {
            summary.append(" It ended early: its window is the ").append(w.periods().size()).append(" of its ").append(e.getWindowPeriods())
                    .append(' ').append(unit).append("s it ran.");
        }
        if (!gs.isEmpty()) {
            summary.append(' ').append(guardrailWords.isEmpty() ? (gs.size() == 1 ? "The guardrail held." : "Every guardrail held.")
                    : String.join(" ", guardrailWords));
        }
        Verdict stored = e.getVerdict() != null && e.getVerdict() != verdict ? e.getVerdict() : null;
        return new Judgement(new ExperimentPage.Reading(w.label(), w.from(), w.to(), true, soFar, verdict,
                abbreviate(summary.toString(), TEXT_MAX), rows, stored), pr.observed());
    }

    private static String observedWords(Measure measure, String observed, String period) {
        return switch (measure) {
            case AVERAGE -> "average " + observed;
            case EVERY -> "worst " + observed + " (" + period + ")";
            case LAST -> observed + " in " + period;
        };
    }

    private static List<ExperimentPage.Chip> chips(List<Period> periods, Map<String, BigDecimal> values,
                                                   java.util.function.Predicate<BigDecimal> crossed, ExperimentContext c, String metricKey) {
        return periods.stream().map(p -> {
            BigDecimal v = values.get(p.key());
            return new ExperimentPage.Chip(p.label(), v == null ? "—" : c.number(metricKey, v), v != null && crossed.test(v));
        }).toList();
    }

    // ---- checking what was typed ----

    private ExperimentSpec spec(ExperimentInput in, ExperimentContext c) {
        String title = UserText.required(in.title(), TITLE_MAX, "title", "Name the experiment, e.g. Mid-market Growth bundle at $38K.");
        String hypothesis = UserText.required(in.hypothesis(), TEXT_MAX, "hypothesis",
                "Write the hypothesis: we believe … will … because ….");
        LeverChoice lever = LeverChoice.parse(in.lever(), "lever");
        if (lever.metricKey() != null) {
            MetricView m = c.metric(lever.metricKey());
            if (m == null || m.status() != GovernanceStatus.APPROVED) {
                throw new RuleViolationException("lever", "No approved scorecard metric has the key " + lever.metricKey() + ".");
            }
        } else if (c.lever(lever.treeId(), lever.leverKey()) == null) {
            throw new RuleViolationException("lever", "No value-driver tree has that lever: choose one of the levers listed.");
        }
        MetricView primary = approved(c, in.primaryMetricKey(), "primaryMetricKey", "Choose the primary metric: the scorecard metric that says whether it worked.");
        String impact = UserText.required(in.expectedImpact(), IMPACT_MAX, "expectedImpact",
                "Write the expected impact, e.g. +2 pts mid-market win rate, about +$200K new ARR.");
        if (in.bound() == null) {
            throw new RuleViolationException("bound", "Choose whether the primary metric must reach at least or stay at most the threshold.");
        }
        if (in.threshold() == null) {
            throw new RuleViolationException("threshold", "Enter the threshold the primary metric must reach, e.g. " + primary.unit().format(
                    BigDecimal.valueOf(24)) + ".");
        }
        BigDecimal threshold = primary.unit().read(in.threshold(), "threshold");
        Long segmentId = segment(c, primary, in.segmentKey(), "segmentKey");
        if (in.windowPeriods() == null || in.windowPeriods() < 1 || in.windowPeriods() > MAX_WINDOW) {
            throw new RuleViolationException("windowPeriods", "The window is 1 to " + MAX_WINDOW + " " + primary.cadence().unit()
                    + "s of " + primary.name() + " (its cadence), ending with the experiment's last day.");
        }
        if (in.measure() == null) {
            throw new RuleViolationException("measure", "Choose how the window is read: the average, every period, or the newest value.");
        }
        if (in.ownerId() == null) {
            throw new RuleViolationException("ownerId", "An experiment has exactly one owner: choose them.");
        }
        PersonView owner = c.person(in.ownerId());
        if (owner == null || !owner.mayOwnWork()) {
            throw new RuleViolationException("ownerId", (owner == null ? "Choose the owner among the people of the company."
                    : owner.name() + " cannot own an experiment: choose an active member of the team who writes (not the board)."));
        }
        if (in.decisionAreaId() != null && c.area(in.decisionAreaId()) == null) {
            throw new RuleViolationException("decisionAreaId", "Choose the decision area among those of the decision-rights map.");
        }
        if (in.plannedStart() == null) {
            throw new RuleViolationException("plannedStart", "Enter the planned start.");
        }
        if (in.plannedEnd() == null) {
            throw new RuleViolationException("plannedEnd", "Enter the planned end.");
        }
        if (in.plannedEnd().isBefore(in.plannedStart())) {
            throw new RuleViolationException("plannedEnd", "The planned end comes before the planned start.");
        }
        List<ExperimentSpec.GuardrailSpec> rails = new ArrayList<>();
        List<ExperimentInput.GuardrailInput> typed = in.guardrails() == null ? List.of() : in.guardrails();
        for (int i = 0; i < typed.size(); i++) {
            ExperimentInput.GuardrailInput g = typed.get(i);
            if (g == null || g.blank()) {
                continue;
            }
            String field = "guardrails[" + i + "]";
            MetricView m = approved(c, g.metricKey(), field + ".metricKey", "Choose the guardrail's metric, or clear its limit.");
            if (g.bound() == null) {
                throw new RuleViolationException(field + ".bound", "Choose whether " + m.name() + " must stay at least or at most its limit.");
            }
            if (g.limit() == null) {
                throw new RuleViolationException(field + ".limit", "Enter the limit " + m.name() + " must not cross.");
            }
            rails.add(new ExperimentSpec.GuardrailSpec(m.key(), segment(c, m, g.segmentKey(), field + ".segmentKey"), g.bound(),
                    m.unit().read(g.limit(), field + ".limit")));
        }
        if (rails.size() > MAX_GUARDRAILS) {
            throw new RuleViolationException("guardrails", "Keep to " + MAX_GUARDRAILS + " guardrails: the ones that would make you stop.");
        }
        for (int i = 0; i < rails.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (rails.get(i).metricKey().equals(rails.get(j).metricKey()) && Objects.equals(rails.get(i).segmentId(), rails.get(j).segmentId())) {
                    throw new RuleViolationException("guardrails", c.metricLabel(rails.get(i).metricKey(), rails.get(i).segmentId())
                            + " is a guardrail twice: keep one limit per metric and segment.");
                }
            }
        }
        return new ExperimentSpec(title, hypothesis, lever.treeId(), lever.leverKey(), lever.metricKey(), primary.key(), impact, in.bound(),
                threshold, segmentId, in.windowPeriods(), in.measure(), owner.id(), in.decisionAreaId(), in.plannedStart(), in.plannedEnd(),
                rails);
    }

    private static MetricView approved(ExperimentContext c, String key, String field, String whenEmpty) {
        if (key == null || key.isBlank()) {
            throw new RuleViolationException(field, whenEmpty);
        }
        MetricView m = c.metric(key.trim());
        if (m == null || m.status() != GovernanceStatus.APPROVED) {
            throw new RuleViolationException(field, "No approved scorecard metric has the key " + key.trim() + ".");
        }
        return m;
    }

    private static Long segment(ExperimentContext c, MetricView metric, String key, String field) {
        if (key == null || key.isBlank()) {
            return null;
        }
        Long id = c.segmentId(key.trim());
        if (id == null) {
            throw new RuleViolationException(field, "No segment is called " + key.trim() + ".");
        }
        if (!metric.segmented()) {
            throw new RuleViolationException(field, metric.name() + " is kept company-wide only: leave the segment empty.");
        }
        return id;
    }

    /** The window must lie within the run: its first period may not begin before the period the experiment starts in. */
    private static void requireWindowWithin(ExperimentSpec spec, LocalDate runStart, ExperimentContext c, String startField) {
        MetricView primary = c.metric(spec.primaryMetricKey());
        ExperimentWindow w = ExperimentWindow.of(primary.cadence(), spec.windowPeriods(), spec.plannedEnd(), c.fiscalYearStartMonth);
        Period startPeriod = Periods.current(primary.cadence(), runStart, c.fiscalYearStartMonth);
        if (w.first().compareTo(startPeriod) < 0) {
            long fits = Periods.between(startPeriod, w.last()).size();
            String unit = primary.cadence().unit();
            throw new RuleViolationException("windowPeriods", "A window of " + spec.windowPeriods() + " " + unit + "s ending with "
                    + w.last().key() + " begins with " + w.first().key() + ", before the experiment starts (" + startPeriod.key()
                    + "): make it at most " + fits + " " + unit + (fits == 1 ? "" : "s") + ", or end later.");
        }
    }

    private static ExperimentSpec withPlannedStart(ExperimentSpec s, LocalDate plannedStart) {
        return new ExperimentSpec(s.title(), s.hypothesis(), s.leverTreeId(), s.leverKey(), s.leverMetricKey(), s.primaryMetricKey(),
                s.expectedImpact(), s.bound(), s.threshold(), s.segmentId(), s.windowPeriods(), s.measure(), s.ownerId(),
                s.decisionAreaId(), plannedStart, s.plannedEnd(), s.guardrails());
    }

    private ExperimentSpec current(Experiment e, List<Guardrail> gs) {
        return new ExperimentSpec(e.getTitle(), e.getHypothesis(), e.getLeverTreeId(), e.getLeverKey(), e.getLeverMetricKey(),
                e.getPrimaryMetricKey(), e.getExpectedImpact(), e.getBound(), e.getThreshold(), e.getSegmentId(), e.getWindowPeriods(),
                e.getMeasure(), e.getOwnerId(), e.getDecisionAreaId(), e.getPlannedStart(), e.getPlannedEnd(),
                gs.stream().map(Guardrail::spec).toList());
    }

    /** "Success criterion: … → …; Planned end: … → …; Guardrails: … → …". */
    private static String amendmentChanges(Experiment e, List<ExperimentSpec.GuardrailSpec> before, ExperimentSpec spec, ExperimentContext c) {
        List<String> parts = new ArrayList<>();
        String was = c.criterion(e.getPrimaryMetricKey(), e.getSegmentId(), e.getBound(), e.getThreshold(), e.getMeasure(), e.getWindowPeriods());
        String now = c.criterion(spec.primaryMetricKey(), spec.segmentId(), spec.bound(), spec.threshold(), spec.measure(), spec.windowPeriods());
        if (!was.equals(now)) {
            parts.add("Success criterion: " + was + " → " + now);
        }
        if (!e.getPlannedEnd().equals(spec.plannedEnd())) {
            parts.add("Planned end: " + ExperimentContext.day(e.getPlannedEnd()) + " → " + ExperimentContext.day(spec.plannedEnd()));
        }
        List<ExperimentSpec.GuardrailSpec> after = spec.guardrails();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            if (i >= after.size()) {
                parts.add("Guardrail removed: " + c.guardrail(before.get(i)));
            } else if (i >= before.size()) {
                parts.add("Guardrail added: " + c.guardrail(after.get(i)));
            } else if (!before.get(i).sameAs(after.get(i))) {
                parts.add("Guardrail: " + c.guardrail(before.get(i)) + " → " + c.guardrail(after.get(i)));
            }
        }
        return abbreviate(String.join("; ", parts), RESULT_MAX);
    }

    /** The guardrails as given: each position restated in place, new positions added, positions no longer given removed. */
    private void replaceGuardrails(Experiment e, List<ExperimentSpec.GuardrailSpec> rails) {
        List<Guardrail> old = guardrails.findByExperiment(e.getId());
        for (int i = 0; i < Math.max(old.size(), rails.size()); i++) {
            if (i >= rails.size()) {
                guardrails.delete(old.get(i));
            } else if (i >= old.size()) {
                guardrails.save(new Guardrail(e.getId(), i + 1, rails.get(i)));
            } else if (!old.get(i).spec().sameAs(rails.get(i))) {
                old.get(i).restate(rails.get(i));
            }
        }
        guardrails.flush();
    }

    /**
     * Refuses a save made on an older version, naming what the other person changed since (from the history).
     */
    private void requireVersion(Experiment e, long expectedVersion, ExperimentContext c) {
        if (e.getVersion() == expectedVersion) {
            return;
        }
        List<ChangeSet> newestFirst = history.of(e.getId(), c);
        int missed = (int) Math.max(1, Math.min(newestFirst.size(), e.getVersion() - expectedVersion));
        List<ChangeSet> sets = new ArrayList<>(newestFirst.subList(0, Math.min(missed, newestFirst.size())));
        java.util.Collections.reverse(sets);
        StringBuilder message = new StringBuilder("Someone saved “" + e.getTitle() + "” while you were working on it, so your change was not saved. ");
        for (ChangeSet set : sets) {
            message.append(set.author()).append(" changed ").append(set.changes().stream()
                    .map(ch -> ch.field() + " from \"" + (ch.from() == null ? "—" : abbreviate(ch.from(), 200)) + "\" to \""
                            + (ch.to() == null ? "—" : abbreviate(ch.to(), 200)) + "\"")
                    .collect(Collectors.joining("; "))).append(". ");
        }
        message.append("What you typed is still here: look at theirs, then save again.");
        throw new StaleEditException(message.toString());
    }

    // ---- views ----

    private static final Comparator<ExperimentView> LIST_ORDER = Comparator.comparingInt(ExperimentService::rank)
            .thenComparingLong(v -> switch (rank(v)) {
                case 1 -> v.plannedEnd().toEpochDay();
                case 2 -> v.plannedStart().toEpochDay();
                case 3 -> -v.decidedOn().toEpochDay();
                default -> -(v.endedOn() == null ? 0 : v.endedOn().toEpochDay());
            }).thenComparing(ExperimentView::id);

    private static int rank(ExperimentView v) {
        if (v.awaitingDecision()) {
            return 0;
        }
        return switch (v.status()) {
            case RUNNING -> 1;
            case DRAFT -> 2;
            case CONCLUDED -> 3;
            case STOPPED -> 4;
        };
    }

    /**
     * The experiment as it stood on {@code day}: running from its start to its end, concluded or stopped from the
     * day it ended, decided from the day it was decided.
     */
    private static ExperimentView view(Experiment e, List<Guardrail> gs, ExperimentContext c, LocalDate day) {
        ExperimentStatus status = e.getEndedOn() != null && !e.getEndedOn().isAfter(day) ? e.getStatus()
                : e.getStartedOn() != null && !e.getStartedOn().isAfter(day) ? ExperimentStatus.RUNNING : ExperimentStatus.DRAFT;
        boolean decided = e.getDecidedOn() != null && !e.getDecidedOn().isAfter(day);
        SegmentView segment = c.segment(e.getSegmentId());
        MetricView primary = c.metric(e.getPrimaryMetricKey());
        return new ExperimentView(e.getId(), e.getTitle(), e.getHypothesis(), status, e.getOwnerId(), c.personName(e.getOwnerId()),
                LeverChoice.of(e.getLeverTreeId(), e.getLeverKey(), e.getLeverMetricKey()).param(),
                c.leverLabel(e.getLeverTreeId(), e.getLeverKey(), e.getLeverMetricKey()), e.getLeverTreeId(), e.getLeverKey(),
                e.getLeverMetricKey(), e.getPrimaryMetricKey(), primary == null ? e.getPrimaryMetricKey() : primary.name(),
                segment == null ? null : segment.key(), segment == null ? null : segment.name(), e.getBound(), e.getThreshold(),
                c.number(e.getPrimaryMetricKey(), e.getThreshold()), e.getWindowPeriods(), e.getMeasure(),
                c.criterion(e.getPrimaryMetricKey(), e.getSegmentId(), e.getBound(), e.getThreshold(), e.getMeasure(), e.getWindowPeriods()),
                e.getExpectedImpact(), gs.stream().map(g -> guardrailView(g, c)).toList(),
                e.getDecisionAreaId(), c.areaName(e.getDecisionAreaId()), e.getPlannedStart(), e.getPlannedEnd(), e.getStartedOn(),
                status == ExperimentStatus.CONCLUDED || status == ExperimentStatus.STOPPED ? e.getEndedOn() : null,
                status == ExperimentStatus.STOPPED ? e.getStopReason() : null,
                status == ExperimentStatus.RUNNING ? ChronoUnit.DAYS.between(day, e.getPlannedEnd()) : null,
                status == ExperimentStatus.CONCLUDED && !decided,
                status == ExperimentStatus.CONCLUDED ? e.getObservedResult() : null,
                status == ExperimentStatus.CONCLUDED ? e.getVerdict() : null, status == ExperimentStatus.CONCLUDED ? e.getVerdictSummary() : null,
                status == ExperimentStatus.CONCLUDED ? e.getObservedValue() : null,
                decided ? e.getDecision() : null, decided ? e.getDecisionRationale() : null, decided ? e.getAgainstVerdictReason() : null,
                decided ? e.getDecisionId() : null, decided ? e.getDecidedOn() : null, e.getAmendmentCount(), e.getCreatedBy(), e.getVersion());
    }

    private static ExperimentView.GuardrailView guardrailView(Guardrail g, ExperimentContext c) {
        SegmentView segment = c.segment(g.getSegmentId());
        return new ExperimentView.GuardrailView(g.getMetricKey(), c.metricName(g.getMetricKey()), segment == null ? null : segment.key(),
                segment == null ? null : segment.name(), g.getBound(), g.getLimit(), c.guardrail(g.spec()));
    }

    private static ExperimentOptions options(ExperimentContext c) {
        return new ExperimentOptions(c.levers(), c.approvedMetrics(), c.segments(), c.owners(), c.areas());
    }

    /** Everything that names an experiment's parts, kept until it changes (within a writing transaction: read afresh). */
    private ExperimentContext keptContext() {
        return kept.get("context", () -> context(true, true, true));
    }

    /** People, metrics and segments always; levers, decision areas and the fiscal calendar when asked. */
    private ExperimentContext context(boolean levers, boolean areas, boolean fiscal) {
        List<LeverRef> leverRefs = levers ? drivers.levers() : null;
        return new ExperimentContext(people.everyone(), metrics.all(), company.segments(), leverRefs,
                areas ? decisions.areas() : null, fiscal ? company.profile().fiscalYearStartMonth() : 0);
    }

    private Map<Long, List<Guardrail>> guardrailsOf(List<Experiment> all) {
        if (all.isEmpty()) {
            return Map.of();
        }
        return guardrails.findByExperiments(all.stream().map(Experiment::getId).toList()).stream()
                .collect(Collectors.groupingBy(Guardrail::getExperimentId));
    }

    /** An experiment about to change, and what names its parts. */
    private record Change(Experiment experiment, ExperimentContext context) {
    }

    /**
     * The experiment row locked (before it is read, so two changes happen one after the other), the actor's right to
     * change it checked, then its version: refused with what the other person changed when it moved on meanwhile.
     */
    private Change change(long id, long expectedVersion, CadenceUser actor) {
        Experiment e = lock(id);
        ExperimentPermissions.requireManage(actor, e);
        ExperimentContext c = context(true, true, true);
        requireVersion(e, expectedVersion, c);
        return new Change(e, c);
    }

    private Experiment lock(long id) {
        return experiments.lockById(id).orElseThrow(() -> notFound(id));
    }

    private Experiment load(long id) {
        return experiments.findById(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no experiment " + id + ".");
    }

    static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
