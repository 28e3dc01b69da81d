package dev.cadence.forecast;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.decisions.DeciderNotEntitledException;
import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionRightsService;
import dev.cadence.decisions.DecisionService;
import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.pipeline.CloseQuarters;
import dev.cadence.pipeline.PipelineRollups;
import dev.cadence.pipeline.PipelineRollups.QuarterRollups;
import dev.cadence.pipeline.PipelineRollups.Rollup;
import dev.cadence.web.KeptReads;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TypedNumber;
import dev.cadence.web.UserText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast call: bookings targets, each segment's weekly call beside the CRM's roll-up, and how accurate past
 * calls were. Other features read the call through {@link #callAsOf(FiscalQuarter, LocalDate)}.
 */
@Service
@Transactional
public class ForecastService {

    /** The decision area whose decider makes the call. */
    static final String AREA = "The forecast call";
    private static final int TEXT = 2000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ForecastCallRepository calls;
    private final ForecastTargetRepository targets;
    private final PipelineRollups rollups;
    private final CompanyService company;
    private final DecisionRightsService rights;
    private final DecisionService decisions;
    private final History history;
    private final Clock clock;
    // What a quarter's pages read of the forecast's own (targets, calls, segments), kept under forecast_change (V31).
    private final KeptReads kept;

    ForecastService(ForecastCallRepository calls, ForecastTargetRepository targets, PipelineRollups rollups, CompanyService company,
                    DecisionRightsService rights, DecisionService decisions, History history, Clock clock, JdbcTemplate jdbc,
                    PlatformTransactionManager transactions) {
        this.calls = calls;
        this.targets = targets;
        this.rollups = rollups;
        this.company = company;
        this.rights = rights;
        this.decisions = decisions;
        this.history = history;
        this.clock = clock;
        this.kept = KeptReads.underCounter("forecast_change", jdbc, clock, transactions, 64);
    }

    // ---- reading ----

    /** What one quarter's figures are made of, read in a fixed number of statements. */
    private record Data(FiscalQuarter quarter, List<SegmentView> segments, Map<Long, ForecastTarget> targets,
                        List<ForecastCall> calls, QuarterRollups rollups) {
    }

    private record Stored(List<SegmentView> segments, Map<Long, ForecastTarget> targets, List<ForecastCall> calls) {
    }

    private record StoredOf(String quarterKey) {
    }

    private Data data(FiscalQuarter quarter) {
        // Kept entities are only read (a save reads its own, uncached, within its transaction: see KeptReads).
        Stored stored = kept.get(new StoredOf(quarter.key()), () -> new Stored(company.segments(),
                Map.copyOf(targets.findByQuarterKeyIn(List.of(quarter.key())).stream()
                        .collect(Collectors.toMap(ForecastTarget::getSegmentId, Function.identity()))),
                List.copyOf(calls.findByQuarters(List.of(quarter.key())))));
        return new Data(quarter, stored.segments(), stored.targets(), stored.calls(), rollups.quarter(quarter));
    }

    /**
     * The call of a quarter as of a date, per segment and in total: that week's call and the week before's (each the
     * latest call made for that week or earlier; equal when no call was made that week), the change and its reason, the
     * target, and the CRM's closed won, commit, best case and pipeline at the latest snapshot on or before the date. The
     * weekly review meeting shows it as of its own date; Home shows the change since last week.
     */
    @Transactional(readOnly = true)
    public CallAsOf callAsOf(FiscalQuarter quarter, LocalDate asOf) {
        return callAsOf(data(quarter), asOf);
    }

    private static CallAsOf callAsOf(Data d, LocalDate asOf) {
        FiscalQuarter q = d.quarter();
        int week = Math.max(0, Math.min(WeekOfQuarter.of(q, asOf), WeekOfQuarter.count(q)));
        LocalDate snapshot = d.rollups().latestOnOrBefore(asOf).orElse(null);
        List<CallFigures> segments = new ArrayList<>();
        for (SegmentView s : d.segments()) {
            Rollup r = snapshot == null ? null : d.rollups().of(snapshot, s.id());
            ForecastTarget t = d.targets().get(s.id());
            segments.add(new CallFigures(s.key(), s.name(), t == null ? null : t.getAmount(), won(r), commit(r), bestCase(r),
                    pipeline(r), latest(d.calls(), s.id(), week), latest(d.calls(), s.id(), week - 1)));
        }
        Rollup total = snapshot == null ? null : d.rollups().total(snapshot);
        BigDecimal target = segments.stream().map(CallFigures::target).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
        CallFigures sum = new CallFigures(null, "Total", target, won(total), commit(total), bestCase(total), pipeline(total),
                sum(segments.stream().map(CallFigures::thisWeek).toList()), sum(segments.stream().map(CallFigures::lastWeek).toList()));
        return new CallAsOf(q, asOf, week, snapshot, segments, sum);
    }

    private static BigDecimal won(Rollup r) {
        return r == null ? BigDecimal.ZERO : r.closedWon();
    }

    private static BigDecimal commit(Rollup r) {
        return r == null ? BigDecimal.ZERO : r.commit();
    }

    private static BigDecimal bestCase(Rollup r) {
        return r == null ? BigDecimal.ZERO : r.bestCase();
    }

    private static BigDecimal pipeline(Rollup r) {
        return r == null ? BigDecimal.ZERO : r.pipeline();
    }

    /** The segment's latest call for a week up to {@code week}, or {@code null}. */
    private static CallView latest(List<ForecastCall> calls, long segmentId, int week) {
        ForecastCall found = null;
        for (ForecastCall c : calls) {
            if (c.getSegmentId() == segmentId && c.getWeek() <= week && (found == null || c.getWeek() > found.getWeek())) {
                found = c;
            }
        }
        return found == null ? null : CallView.of(found);
    }

    private static CallView sum(List<CallView> views) {
        return views.stream().filter(Objects::nonNull).reduce(CallView::plus).orElse(null);
    }

    /** The call page for a quarter ({@code null} or blank: the current one). */
    @Transactional(readOnly = true)
    public ForecastPage page(String quarterKey, CadenceUser me) {
        LocalDate today = LocalDate.now(clock);
        int fiscalStart = company.profile().fiscalYearStartMonth();
        FiscalQuarter current = FiscalQuarter.of(today, fiscalStart);
        FiscalQuarter quarter = quarter(quarterKey, fiscalStart, current);
        Data d = data(quarter);
        boolean past = quarter.end().isBefore(today);
        LocalDate asOf = past ? d.rollups().closing().orElse(quarter.end()) : today;
        CallAsOf now = callAsOf(d, asOf);
        int weeks = WeekOfQuarter.count(quarter);
        int shown = past ? weeks : Math.max(0, Math.min(WeekOfQuarter.of(quarter, today), weeks));
        List<ForecastPage.PathWeek> path = path(d, shown, today);
        List<ForecastPage.ReasonLine> reasons = reasons(d);
        Optional<DecisionAreaSummary> area = area();
        String caller = area.map(DecisionAreaSummary::deciderName).orElse(null);
        String warning = null;
        boolean canCall = ForecastPermissions.canCall(me);
        if (canCall && area.isPresent() && !Objects.equals(area.get().deciderId(), me.personId())) {
            warning = decisions.deciderWarning(area.get().id(), me.personId()).orElse(null);
        }
        return new ForecastPage(quarter, quarters(current, quarter), now, weeks, path, chart(weeks, path, now.total().target()),
                reasons, quarter.equals(current) ? WeekOfQuarter.of(quarter, today) : 0, caller, warning, canCall,
                ForecastPermissions.canSetTargets(me));
    }

    /**
     * A quarter ({@code null} or blank: the current one) week by week, for the API: for each week that has begun, the
     * figures as of its Sunday (or today), each segment's and the total's.
     */
    @Transactional(readOnly = true)
    public List<CallAsOf> weeks(String quarterKey) {
        LocalDate today = LocalDate.now(clock);
        int fiscalStart = company.profile().fiscalYearStartMonth();
        FiscalQuarter quarter = quarter(quarterKey, fiscalStart, FiscalQuarter.of(today, fiscalStart));
        Data d = data(quarter);
        int shown = Math.max(0, Math.min(WeekOfQuarter.of(quarter, today), WeekOfQuarter.count(quarter)));
        List<CallAsOf> weeks = new ArrayList<>();
        for (int w = 1; w <= shown; w++) {
            LocalDate end = WeekOfQuarter.end(quarter, w);
            weeks.add(callAsOf(d, end.isAfter(today) ? today : end));
        }
        return weeks;
    }

    /** The quarter a key names ({@code null} or blank: the current one), for the API's answer. */
    @Transactional(readOnly = true)
    public FiscalQuarter quarter(String quarterKey) {
        int fiscalStart = company.profile().fiscalYearStartMonth();
        return quarter(quarterKey, fiscalStart, FiscalQuarter.of(LocalDate.now(clock), fiscalStart));
    }

    private static FiscalQuarter quarter(String key, int fiscalStart, FiscalQuarter current) {
        return key == null || key.isBlank() ? current : CloseQuarters.parse(key.strip(), fiscalStart);
    }

    /** The current quarter, the three before and the next, and the chosen one if it is elsewhere. */
    private static List<String> quarters(FiscalQuarter current, FiscalQuarter chosen) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i >= -3; i--) {
            keys.add(current.plus(i).key());
        }
        if (!keys.contains(chosen.key())) {
            keys.add(chosen.key());
        }
        return keys;
    }

    private static List<ForecastPage.PathWeek> path(Data d, int shown, LocalDate today) {
        List<ForecastPage.PathWeek> path = new ArrayList<>();
        Map<Integer, Long> reasonsByWeek = d.calls().stream().filter(c -> c.getReason() != null)
                .collect(Collectors.groupingBy(ForecastCall::getWeek, Collectors.counting()));
        for (int w = 1; w <= shown; w++) {
            LocalDate end = WeekOfQuarter.end(d.quarter(), w);
            LocalDate day = end.isAfter(today) ? today : end;
            LocalDate snapshot = d.rollups().latestOnOrBefore(day).orElse(null);
            Rollup r = snapshot == null ? null : d.rollups().total(snapshot);
            int week = w;
            CallView call = sum(d.segments().stream().map(s -> latest(d.calls(), s.id(), week)).toList());
            path.add(new ForecastPage.PathWeek(w, WeekOfQuarter.start(d.quarter(), w), snapshot, call == null ? null : call.commit(),
                    call == null ? null : call.bestCase(), r == null ? null : r.closedWon(), r == null ? null : r.commit(),
                    reasonsByWeek.getOrDefault(w, 0L).intValue()));
        }
        return path;
    }

    private static ForecastChart chart(int weeks, List<ForecastPage.PathWeek> path, BigDecimal target) {
        BigDecimal max = target == null ? BigDecimal.ONE : target;
        for (ForecastPage.PathWeek p : path) {
            for (BigDecimal v : new BigDecimal[] {p.bestCaseCall(), p.commitCall(), p.crmWonAndCommit()}) {
                if (v != null) {
                    max = max.max(v);
                }
            }
        }
        ForecastChart.Builder chart = ForecastChart.weeks(weeks, max, false);
        for (ForecastPage.PathWeek p : path) {
            if (p.closedWon() != null) {
                chart.bar(p.week(), p.closedWon(), "Closed won, week " + p.week() + ": " + Money.full(p.closedWon()));
            }
        }
        return chart.reference(target, "Target")
                .line("Best case call", "best-case", path.stream().map(ForecastPage.PathWeek::bestCaseCall).toList())
                .line("CRM: won + commit", "crm", path.stream().map(ForecastPage.PathWeek::crmWonAndCommit).toList())
                .line("Commit call", "commit", path.stream().map(ForecastPage.PathWeek::commitCall).toList())
                .build();
    }

    private static List<ForecastPage.ReasonLine> reasons(Data d) {
        Map<Long, String> names = d.segments().stream().collect(Collectors.toMap(SegmentView::id, SegmentView::name));
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < d.segments().size(); i++) {
            order.put(d.segments().get(i).id(), i);
        }
        Map<Long, ForecastCall> previous = new HashMap<>();
        List<ForecastPage.ReasonLine> lines = new ArrayList<>();
        // Calls come by week, then segment: each segment's previous call is the one seen before.
        for (ForecastCall c : d.calls()) {
            ForecastCall before = previous.put(c.getSegmentId(), c);
            if (c.getReason() != null || c.getOverrideReason() != null) {
                lines.add(new ForecastPage.ReasonLine(c.getWeek(), WeekOfQuarter.start(d.quarter(), c.getWeek()),
                        names.getOrDefault(c.getSegmentId(), "Segment " + c.getSegmentId()),
                        before == null ? null : before.getCommitAmount(), c.getCommitAmount(),
                        before == null ? null : before.getBestCaseAmount(), c.getBestCaseAmount(), c.getReason(),
                        c.getOverrideReason(), c.getCalledByName(), c.getCalledAt()));
            }
        }
        lines.sort(Comparator.comparing(ForecastPage.ReasonLine::week).reversed()
                .thenComparing(l -> order.getOrDefault(segmentIdOf(d, l.segment()), 0)));
        return lines;
    }

    private static long segmentIdOf(Data d, String name) {
        return d.segments().stream().filter(s -> s.name().equals(name)).map(SegmentView::id).findFirst().orElse(0L);
    }

    private Optional<DecisionAreaSummary> area() {
        return rights.summaryNamed(AREA);
    }

    /** Whether any call was ever entered (the demo loads its calls once). */
    @Transactional(readOnly = true)
    public boolean anyCall() {
        return calls.count() > 0;
    }

    // ---- accuracy ----

    /** Every closed quarter with calls: each week's commit call and the CRM's roll-up against the actual. */
    @Transactional(readOnly = true)
    public AccuracyPage accuracy(CadenceUser me) {
        LocalDate today = LocalDate.now(clock);
        int fiscalStart = company.profile().fiscalYearStartMonth();
        List<FiscalQuarter> ended = new ArrayList<>();
        for (String key : calls.quartersCalled()) {
            FiscalQuarter q = CloseQuarters.parse(key, fiscalStart);
            if (q.end().isBefore(today)) {
                ended.add(q);
            }
        }
        ended.sort(Comparator.comparing(FiscalQuarter::start).reversed());
        List<QuarterRollups> read = rollups.quarters(ended);
        List<String> keys = ended.stream().map(FiscalQuarter::key).toList();
        Map<String, List<ForecastCall>> callsByQuarter = keys.isEmpty() ? Map.of()
                : calls.findByQuarters(keys).stream().collect(Collectors.groupingBy(ForecastCall::getQuarterKey));
        List<SegmentView> segments = company.segments();
        List<AccuracyPage.QuarterAccuracy> quarters = new ArrayList<>();
        for (int i = 0; i < ended.size(); i++) {
            QuarterRollups r = read.get(i);
            if (r.closing().isEmpty()) {
                continue; // no snapshot after its end yet: its actual is not known
            }
            quarters.add(AccuracyPage.quarter(ended.get(i), r, callsByQuarter.getOrDefault(ended.get(i).key(), List.of()), segments,
                    today));
        }
        FiscalQuarter current = FiscalQuarter.of(today, fiscalStart);
        return AccuracyPage.of(quarters, Math.max(1, WeekOfQuarter.of(current, today)));
    }

    // ---- targets ----

    /** The targets form of a quarter, with every segment's target history (CFO and CRO). */
    @Transactional(readOnly = true)
    public TargetsPage targetsPage(String quarterKey, CadenceUser me) {
        int fiscalStart = company.profile().fiscalYearStartMonth();
        FiscalQuarter quarter = quarter(quarterKey, fiscalStart, FiscalQuarter.of(LocalDate.now(clock), fiscalStart));
        List<SegmentView> segments = company.segments();
        Map<Long, ForecastTarget> byId = targets.findByQuarterKeyIn(List.of(quarter.key())).stream()
                .collect(Collectors.toMap(ForecastTarget::getSegmentId, Function.identity()));
        TargetsForm form = new TargetsForm();
        form.setQuarter(quarter.key());
        List<ChangeSet> changes = new ArrayList<>();
        for (SegmentView s : segments) {
            TargetsForm.Line line = new TargetsForm.Line();
            line.setSegment(s.key());
            line.setSegmentName(s.name());
            ForecastTarget t = byId.get(s.id());
            if (t != null) {
                line.setAmount(TypedNumber.of(t.getAmount().stripTrailingZeros()));
                line.setVersion(t.getVersion());
                for (ChangeSet set : history.of(ForecastTarget.class, t.getId(),
                        List.of(AuditedField.<ForecastTarget>of(s.name() + " target", x -> Money.full(x.getAmount()))))) {
                    changes.add(set);
                }
            }
            form.getLines().add(line);
        }
        changes.sort(Comparator.comparing(ChangeSet::at).reversed());
        return new TargetsPage(quarter, form, changes, ForecastPermissions.canSetTargets(me));
    }

    /** The targets page and its form. */
    public record TargetsPage(FiscalQuarter quarter, TargetsForm form, List<ChangeSet> history, boolean canSetTargets) {
    }

    /**
     * Sets a quarter's bookings targets (CFO or CRO). A line left empty where no target is set sets none; a line that
     * changed nothing is skipped. Refused as stale when someone saved a target in between.
     */
    public FiscalQuarter setTargets(TargetsForm form, CadenceUser by) {
        ForecastPermissions.requireSetTargets(by);
        int fiscalStart = company.profile().fiscalYearStartMonth();
        FiscalQuarter quarter = quarterOf(form.getQuarter(), fiscalStart);
        Map<String, SegmentView> segments = company.segments().stream().collect(Collectors.toMap(SegmentView::key, Function.identity()));
        Instant now = clock.instant();
        List<TargetsForm.Line> lines = new ArrayList<>(form.getLines());
        for (int i = 0; i < lines.size(); i++) {
            TargetsForm.Line line = lines.get(i);
            String field = "lines[" + i + "].amount";
            SegmentView segment = segment(segments, line.getSegment(), field);
            BigDecimal amount = amount(line.getAmount(), field);
            ForecastTarget target = targets.lockByQuarterAndSegment(quarter.key(), segment.id()).orElse(null);
            if (target == null ? line.getVersion() != null : !Objects.equals(line.getVersion(), target.getVersion())) {
                throw new StaleEditException(target == null
                        ? "The " + segment.name() + " target you edited is gone. Look at the targets again."
                        : target.getUpdatedBy() + " set the " + segment.name() + " target to " + Money.full(target.getAmount())
                          + " at " + TIME.format(target.getUpdatedAt().atZone(clock.getZone()))
                          + " while you were editing. Your figures are still in the form; save again to replace theirs.");
            }
            if (amount == null) {
                if (target != null) {
                    throw new RuleViolationException(field, "Give the " + segment.name() + " target an amount; a target cannot be removed.");
                }
                continue;
            }
            if (target != null && target.getAmount().compareTo(amount) == 0) {
                continue;
            }
            if (target == null) {
                target = new ForecastTarget(quarter.key(), quarter.start(), segment.id());
            }
            target.set(amount, by.displayName(), now);
            targets.saveAndFlush(target);
        }
        return quarter;
    }

    // ---- the call ----

    /**
     * Saves this week's call for the segments on the form. Only the current week of the current quarter is called.
     * A segment whose figures differ from its previous week's call needs a reason; someone the decision-rights map
     * does not name as deciding the forecast call needs an override reason (kept with the call). A call someone else
     * saved for the same week and segment since the form was shown refuses the save as stale. Nothing is saved
     * unless everything is.
     *
     * @throws DeciderNotEntitledException the caller is not the decider and gave no override reason
     */
    public FiscalQuarter saveCall(CallForm form, CadenceUser by) {
        ForecastPermissions.requireCall(by);
        LocalDate today = LocalDate.now(clock);
        int fiscalStart = company.profile().fiscalYearStartMonth();
        FiscalQuarter quarter = quarterOf(form.getQuarter(), fiscalStart);
        int week = WeekOfQuarter.of(quarter, today);
        if (week < 1 || week > WeekOfQuarter.count(quarter)) {
            throw new RuleViolationException("The call is made for this week of the current quarter; " + quarter.label()
                    + " is not the current quarter.");
        }
        if (form.getWeek() == null || form.getWeek() != week) {
            throw new RuleViolationException("This form was for week " + form.getWeek() + "; it is week " + week
                    + " now. Look at the call again and enter this week's.");
        }
        String override = UserText.optional(form.getOverrideReason(), TEXT, "overrideReason");
        Optional<DecisionAreaSummary> area = area();
        if (area.isPresent() && !rights.holdsDecide(area.get().id(), by.personId())) {
            if (override == null) {
                throw new DeciderNotEntitledException(decisions.deciderWarning(area.get().id(), by.personId()).orElseThrow());
            }
        } else {
            override = null;
        }
        Map<String, SegmentView> segments = company.segments().stream().collect(Collectors.toMap(SegmentView::key, Function.identity()));
        // Lock this week's calls first, then read the earlier weeks'.
        Map<Long, ForecastCall> thisWeek = calls.lockWeek(quarter.key(), week).stream()
                .collect(Collectors.toMap(ForecastCall::getSegmentId, Function.identity()));
        List<ForecastCall> all = calls.findByQuarters(List.of(quarter.key()));
        Instant now = clock.instant();
        List<ForecastCall> changed = new ArrayList<>();
        List<CallForm.Line> lines = form.getLines();
        for (int i = 0; i < lines.size(); i++) {
            CallForm.Line line = lines.get(i);
            String prefix = "lines[" + i + "].";
            SegmentView segment = segment(segments, line.getSegment(), prefix + "commit");
            ForecastCall existing = thisWeek.get(segment.id());
            if (existing == null ? line.getVersion() != null : !Objects.equals(line.getVersion(), existing.getVersion())) {
                throw new StaleEditException(existing == null
                        ? "The " + segment.name() + " call you changed is gone. Look at the call again."
                        : existing.getCalledByName() + " saved the " + segment.name() + " call for week " + week + " at "
                          + TIME.format(existing.getCalledAt().atZone(clock.getZone())) + " while you were entering yours: commit "
                          + Money.full(existing.getCommitAmount()) + ", best case " + Money.full(existing.getBestCaseAmount())
                          + ". Your figures are still in the form; save again to replace theirs.");
            }
            BigDecimal commit = amount(line.getCommit(), prefix + "commit");
            BigDecimal bestCase = amount(line.getBestCase(), prefix + "bestCase");
            if (commit == null) {
                if (bestCase != null) {
                    throw new RuleViolationException(prefix + "commit", "Give the " + segment.name() + " commit call too.");
                }
                if (existing != null) {
                    throw new RuleViolationException(prefix + "commit", "Give the " + segment.name() + " commit call; a call cannot be removed.");
                }
                continue; // not called this week
            }
            if (bestCase == null) {
                bestCase = commit;
            }
            if (bestCase.compareTo(commit) < 0) {
                throw new RuleViolationException(prefix + "bestCase", "The best case is at least the commit ("
                        + Money.full(commit) + "): it is the commit plus the upside.");
            }
            String reason = UserText.optional(line.getReason(), TEXT, prefix + "reason");
            ForecastCall before = null;
            for (ForecastCall c : all) {
                if (c.getSegmentId() == segment.id() && c.getWeek() < week && (before == null || c.getWeek() > before.getWeek())) {
                    before = c;
                }
            }
            boolean moved = before != null && (before.getCommitAmount().compareTo(commit) != 0
                    || before.getBestCaseAmount().compareTo(bestCase) != 0);
            if (moved && reason == null) {
                throw new RuleViolationException(prefix + "reason", "The " + segment.name() + " call moved from "
                        + Money.full(before.getCommitAmount()) + " commit, " + Money.full(before.getBestCaseAmount())
                        + " best case in week " + before.getWeek() + ": say why (the deals that moved, and what changed).");
            }
            if (existing != null && existing.getCommitAmount().compareTo(commit) == 0 && existing.getBestCaseAmount().compareTo(bestCase) == 0
                    && Objects.equals(existing.getReason(), reason) && (override == null || Objects.equals(existing.getOverrideReason(), override))) {
                continue; // unchanged
            }
            ForecastCall call = existing != null ? existing : new ForecastCall(quarter.key(), quarter.start(), week, segment.id());
            call.call(commit, bestCase, reason, override, by.personId(), by.displayName(), now);
            changed.add(call);
        }
        calls.saveAllAndFlush(changed);
        return quarter;
    }

    private static FiscalQuarter quarterOf(String key, int fiscalStart) {
        if (key == null || key.isBlank()) {
            throw new RuleViolationException("quarter", "Say which quarter, e.g. FY2027-Q4.");
        }
        return CloseQuarters.parse(key.strip(), fiscalStart);
    }

    private static SegmentView segment(Map<String, SegmentView> segments, String key, String field) {
        SegmentView s = key == null ? null : segments.get(key.strip());
        if (s == null) {
            throw new RuleViolationException(field, "There is no segment " + (key == null ? "" : "\"" + key + "\" ") + "to call.");
        }
        return s;
    }

    /** An amount in dollars as typed: none, or from 0 to 9,999,999,999,999.99 with at most two decimals. */
    static BigDecimal amount(TypedNumber typed, String field) {
        if (typed == null) {
            return null;
        }
        if (typed.symbol() != null && typed.symbol() != TypedNumber.Symbol.DOLLAR) {
            throw new RuleViolationException(field, "An amount in dollars: write 1200000, $1.2M or 450k, without "
                    + typed.symbol().sign() + ".");
        }
        BigDecimal v = typed.value();
        if (v.signum() < 0) {
            throw new RuleViolationException(field, "An amount is never negative.");
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException(field, "Whole cents at most: " + typed.shown() + " has more decimals.");
        }
        if (v.compareTo(MAX_AMOUNT) > 0) {
            throw new RuleViolationException(field, "That is more than Cadence keeps (up to $9,999,999,999,999.99).");
        }
        return v.setScale(2);
    }
}
