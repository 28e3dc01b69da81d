package dev.cadence.scorecard;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.governance.Approval;
import dev.cadence.governance.Proposals;
import dev.cadence.governance.Subject;
import dev.cadence.governance.SubjectKind;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.period.Cadence;
import dev.cadence.period.InvalidPeriodException;
import dev.cadence.period.Period;
import dev.cadence.period.Periods;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governed metric definitions: RevOps and administrators create and edit them, everyone else
 * (but the board) proposes changes that RevOps approves or rejects, and every change is kept.
 */
@Service
@Transactional
public class MetricDefinitionService implements GovernedDefinitions<MetricView, MetricSpec> {

    /** Proposed changes to definitions are filed under this kind (see {@link Proposals}). */
    static final SubjectKind METRIC = new SubjectKind("metric", "definition");

    /** The at-risk band is stored as {@code numeric(5, 2)}: a percentage with 2 decimals. */
    static final int AT_RISK_BAND_SCALE = 2;

    private final MetricDefinitionRepository metrics;
    private final Proposals governed;
    private final MetricTargetRepository targets;
    private final PersonService people;
    private final CompanyService company;
    private final History history;

    MetricDefinitionService(MetricDefinitionRepository metrics, Proposals governed, MetricTargetRepository targets,
                            PersonService people, CompanyService company, History history) {
        this.metrics = metrics;
        this.governed = governed;
        this.targets = targets;
        this.people = people;
        this.company = company;
        this.history = history;
    }

    /** The metrics on the scorecard: approved, in display order. */
    @Transactional(readOnly = true)
    public List<MetricView> approved() {
        Map<Long, String> names = personNames();
        return metrics.findByStatusOrderByDisplayOrderAscNameAsc(GovernanceStatus.APPROVED).stream()
                .map(m -> MetricView.of(m, names.get(m.getOwnerId()))).toList();
    }

    /** Every definition, approved first, for RevOps' governance list. */
    @Transactional(readOnly = true)
    public List<MetricView> all() {
        Map<Long, String> names = personNames();
        return metrics.findAllForGovernance().stream().map(m -> MetricView.of(m, names.get(m.getOwnerId()))).toList();
    }

    @Transactional(readOnly = true)
    public MetricView get(String key) {
        MetricDefinition metric = load(key);
        return MetricView.of(metric, people.get(metric.getOwnerId()).name());
    }

    public MetricView create(String key, MetricSpec spec, GovernanceStatus status, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        String k = Governance.requireKey(key);
        if (metrics.existsByKey(k)) {
            throw new RuleViolationException("key", "A metric with the key " + k + " exists already.");
        }
        MetricSpec checked = validate(spec);
        MetricDefinition metric = metrics.saveAndFlush(new MetricDefinition(k, checked,
                status == null ? GovernanceStatus.DRAFT : status));
        return MetricView.of(metric, people.get(metric.getOwnerId()).name());
    }

    /** A first target given with a new definition: company-wide, from a period of its cadence; both empty for none. */
    public record FirstTarget(String effectiveFrom, TypedNumber target) {

        boolean given() {
            return target != null || effectiveFrom != null && !effectiveFrom.isBlank();
        }
    }

    /** A metric a definition may be placed after on the scorecard (a draft's place is kept for when it is approved). */
    public record Place(String key, String name, GovernanceStatus status) {

        /** "After Win rate", "After Logo churn (draft)". */
        public String label() {
            return "After " + name + (status == GovernanceStatus.APPROVED ? "" : " (" + status.label().toLowerCase() + ")");
        }
    }

    /**
     * Creates a definition placed after {@code placeAfter} on the scorecard ({@code ""}: at the top; {@code null}: at
     * the spec's display order) with its first target, in one transaction: a target refused leaves no definition.
     */
    public MetricView create(String key, MetricSpec spec, GovernanceStatus status, String placeAfter, FirstTarget first,
                             CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        MetricView created = create(key, placed(spec, null, placeAfter, true), status, actor);
        if (first != null && first.given()) {
            if (first.target() == null) {
                throw new RuleViolationException("firstTarget", "Enter the target, or leave its period empty too.");
            }
            try {
                setTarget(created.key(), first.effectiveFrom(), null, first.target(), actor);
            } catch (RuleViolationException refused) {
                // Beside the form's own target fields; the definition goes with it (one transaction).
                String field = "target".equals(refused.field()) ? "firstTarget"
                        : "effectiveFrom".equals(refused.field()) ? "firstTargetFrom" : refused.field();
                throw new RuleViolationException(field, refused.getMessage());
            }
        }
        return created;
    }

    /** Like {@link #update(String, MetricSpec, long, CadenceUser)}, placed after {@code placeAfter} (see create). */
    public MetricView update(String key, MetricSpec spec, String placeAfter, long expectedVersion, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        return update(key, placed(spec, key, placeAfter, true), expectedVersion, actor);
    }

    /** Like {@link #propose(String, MetricSpec, String, CadenceUser)}, placed after {@code placeAfter}; moves no other metric. */
    public ProposalView propose(String key, MetricSpec spec, String placeAfter, String rationale, CadenceUser actor) {
        return propose(key, placed(spec, key, placeAfter, false), rationale, actor);
    }

    /** Where a definition may be placed, in the scorecard's order, without {@code selfKey} (the one placed). */
    @Transactional(readOnly = true)
    public List<Place> places(String selfKey) {
        return metrics.findPlaceable().stream().filter(m -> !m.getKey().equals(selfKey))
                .map(m -> new Place(m.getKey(), m.getName(), m.getStatus())).toList();
    }

    /** The metric {@code key} comes after on the scorecard ({@code ""}: it is first). */
    @Transactional(readOnly = true)
    public String placedAfter(String key) {
        return placedAfter(metrics.findPlaceable(), key);
    }

    /**
     * What is wrong with a new definition's key and first target that only the database, the unit or the cadence can
     * tell, every problem at once (field of the form → message); empty when nothing is.
     */
    @Transactional(readOnly = true)
    public Map<String, String> problemsOfNew(String key, MetricUnit unit, Cadence cadence, FirstTarget first) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (key != null && metrics.existsByKey(key.trim())) {
            problems.put("key", "A metric with the key " + key.trim() + " exists already.");
        }
        if (first == null || !first.given()) {
            return problems;
        }
        if (first.target() == null) {
            problems.put("firstTarget", "Enter the target, or leave its period empty too.");
        } else if (unit != null) {
            try {
                unit.read(first.target(), "firstTarget");
            } catch (RuleViolationException e) {
                problems.put("firstTarget", e.getMessage());
            }
        }
        if (first.effectiveFrom() == null || first.effectiveFrom().isBlank()) {
            problems.put("firstTargetFrom", "Say from which period the target applies, or leave the target empty too.");
        } else if (cadence != null) {
            try {
                Periods.parse(first.effectiveFrom(), cadence, company.profile().fiscalYearStartMonth());
            } catch (InvalidPeriodException e) {
                problems.put("firstTargetFrom", e.getMessage());
            }
        }
        return problems;
    }

    /** The spec placed after {@code placeAfter} (see create), or as it is when no place was chosen. */
    private MetricSpec placed(MetricSpec spec, String selfKey, String placeAfter, boolean mayMoveOthers) {
        return placeAfter == null ? spec : spec.withDisplayOrder(orderAfter(selfKey, placeAfter.trim(), mayMoveOthers));
    }

    /**
     * The display order that puts a definition right after {@code afterKey} ({@code ""}: first): its own when it is
     * there already, a number between its neighbours when there is one, or else — for RevOps, who may — the number after
     * the one before it, the metrics below moving down by one as far as the first gap (each move a change in that
     * definition's history). A proposal moves no other metric: without a number between, it shares its neighbour's
     * (then the names decide).
     */
    private int orderAfter(String selfKey, String afterKey, boolean mayMoveOthers) {
        if (selfKey != null) {
            MetricDefinition current = metrics.findByKey(selfKey).orElse(null);
            if (current != null && current.getStatus() == GovernanceStatus.RETIRED) {
                return current.getDisplayOrder(); // off the scorecard: it has no place to keep or change
            }
        }
        List<MetricDefinition> all = metrics.findPlaceable();
        MetricDefinition self = selfKey == null ? null
                : all.stream().filter(m -> m.getKey().equals(selfKey)).findFirst().orElse(null);
        List<MetricDefinition> others = all.stream().filter(m -> m != self).toList();
        int at = 0;
        if (!afterKey.isEmpty()) {
            at = others.stream().map(MetricDefinition::getKey).toList().indexOf(afterKey) + 1;
            if (at == 0) {
                throw new RuleViolationException("placeAfter", "Choose where the metric goes from the list.");
            }
        }
        if (self != null && afterKey.equals(placedAfter(all, selfKey))) {
            return self.getDisplayOrder();
        }
        Integer before = at == 0 ? null : others.get(at - 1).getDisplayOrder();
        Integer after = at < others.size() ? others.get(at).getDisplayOrder() : null;
        Integer between = between(before, after);
        if (between != null) {
            return between;
        }
        if (!mayMoveOthers) {
            return before != null ? before : after;
        }
        // No number left between: the metrics below move down by one, as far as the first gap, and no further.
        int order = before == null ? 0 : before + 1;
        Map<String, Integer> moves = new java.util.HashMap<>();
        int previous = order;
        for (int i = at; i < others.size() && others.get(i).getDisplayOrder() <= previous; i++) {
            previous = previous + 1;
            moves.put(others.get(i).getKey(), previous);
        }
        if (previous > 10_000) {
            throw new RuleViolationException("placeAfter", "The scorecard has no room left there; place it elsewhere.");
        }
        // Locked in one statement, in the order every lock of several definitions takes (no two waiting in a circle).
        for (MetricDefinition locked : metrics.lockByKeys(moves.keySet())) {
            locked.apply(locked.spec().withDisplayOrder(moves.get(locked.getKey())));
        }
        metrics.flush();
        return order;
    }

    private static String placedAfter(List<MetricDefinition> inOrder, String key) {
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i).getKey().equals(key)) {
                return i == 0 ? "" : inOrder.get(i - 1).getKey();
            }
        }
        return "";
    }

    /** A display order between two (either may be absent), within 0 to 10,000; {@code null} when none is left. */
    static Integer between(Integer before, Integer after) {
        if (before == null && after == null) {
            return 100;
        }
        // Spelled out: a conditional mixing an int and a null would unbox the null.
        if (before == null) {
            if (after >= 10) {
                return after - 10;
            }
            return after >= 1 ? Integer.valueOf(after / 2) : null;
        }
        if (after == null) {
            if (before <= 9_990) {
                return before + 10;
            }
            return before < 10_000 ? Integer.valueOf(before + 1) : null;
        }
        return after - before >= 2 ? Integer.valueOf(before + (after - before) / 2) : null;
    }

    /**
     * Saves an edit made on {@code expectedVersion}. When someone saved in between, nothing is saved
     * and the message lists what they changed.
     */
    public MetricView update(String key, MetricSpec spec, long expectedVersion, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        MetricDefinition metric = lockForChange(key);
        requireVersion(metric, expectedVersion);
        metric.apply(validate(spec));
        metrics.flush();
        return MetricView.of(metric, people.get(metric.getOwnerId()).name());
    }

    public MetricView moveTo(String key, GovernanceStatus next, long expectedVersion, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        MetricDefinition metric = lockForChange(key);
        requireVersion(metric, expectedVersion);
        if (!metric.getStatus().next().contains(next)) {
            throw new RuleViolationException("A " + metric.getStatus().label().toLowerCase() + " metric cannot become "
                    + next.label().toLowerCase() + ".");
        }
        metric.moveTo(next);
        metrics.flush();
        return MetricView.of(metric, people.get(metric.getOwnerId()).name());
    }

    /** Proposes a change; it waits for RevOps. Only the fields that differ are kept. */
    public ProposalView propose(String key, MetricSpec spec, String rationale, CadenceUser actor) {
        MetricDefinition metric = load(key);
        MetricSpec proposed = validate(spec);
        return ProposalView.of(governed.propose(subject(metric, personNames()), MetricFields.values(proposed), rationale,
                actor));
    }

    /** RevOps approves: the proposal's changes apply on top of the definition as it is now. */
    public MetricView approve(long proposalId, String comment, CadenceUser actor) {
        Approval approval = governed.approve(METRIC, proposalId, comment, actor);
        MetricDefinition metric = metrics.lockById(approval.subjectId()).orElseThrow();
        metric.apply(validate(MetricFields.spec(approval.appliedTo(MetricFields.values(metric.spec())))));
        metrics.flush();
        return MetricView.of(metric, people.get(metric.getOwnerId()).name());
    }

    public void reject(long proposalId, String comment, CadenceUser actor) {
        governed.reject(METRIC, proposalId, comment, actor);
    }

    public void withdraw(long proposalId, CadenceUser actor) {
        governed.withdraw(METRIC, proposalId, actor);
    }

    /** The proposals on one definition, newest first, with what each would change now. */
    @Transactional(readOnly = true)
    public List<ProposalView> proposals(String key) {
        return proposals(load(key), personNames());
    }

    List<ProposalView> proposals(MetricDefinition metric, Map<Long, String> names) {
        return governed.on(subject(metric, names), names).stream().map(ProposalView::of).toList();
    }

    /** Every proposal waiting for RevOps, oldest first. */
    @Transactional(readOnly = true)
    public List<ProposalView> pendingProposals() {
        Map<Long, String> names = personNames();
        return governed.pending(METRIC, ids -> metrics.findAllById(ids).stream()
                        .collect(Collectors.toMap(MetricDefinition::getId, m -> subject(m, names))), names)
                .stream().map(ProposalView::of).toList();
    }

    /** A definition as the governance sees it: its fields as text, read as people read them in its history. */
    private static Subject subject(MetricDefinition metric, Map<Long, String> names) {
        return new Subject(METRIC, metric.getId(), metric.getKey(), metric.getName(), metric.getVersion(),
                MetricFields.values(metric.spec()),
                (before, after) -> MetricFields.diff(MetricFields.spec(before), MetricFields.spec(after), names));
    }

    /** Who changed which field of the definition, when: oldest first. */
    @Transactional(readOnly = true)
    public List<ChangeSet> history(String key) {
        return history(load(key), personNames());
    }

    List<ChangeSet> history(MetricDefinition metric, Map<Long, String> names) {
        return history.of(MetricDefinition.class, metric.getId(), MetricFields.audited(names));
    }

    /** Sets the target from a period onwards, company-wide or for one segment; typed as the metric's unit is written. */
    public void setTarget(String key, String effectiveFrom, String segmentKey, TypedNumber typed, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        MetricDefinition metric = lockForChange(key);
        if (typed == null) {
            throw new RuleViolationException("target", "Enter the target as a number.");
        }
        BigDecimal target = metric.getUnit().read(typed, "target");
        Period period;
        try {
            period = Periods.parse(effectiveFrom, metric.getCadence(), company.profile().fiscalYearStartMonth());
        } catch (InvalidPeriodException e) {
            throw new RuleViolationException("effectiveFrom", e.getMessage());
        }
        Long segmentId = segmentId(segmentKey, metric);
        targets.findExact(metric.getId(), period.key(), segmentId).ifPresentOrElse(
                existing -> existing.change(target),
                () -> targets.save(new MetricTarget(metric.getId(), period.key(), period.start(), segmentId, target)));
        targets.flush();
    }

    /** Like {@link #setTarget(String, String, String, TypedNumber, CadenceUser)}, for a number given as a number. */
    public void setTarget(String key, String effectiveFrom, String segmentKey, BigDecimal target, CadenceUser actor) {
        setTarget(key, effectiveFrom, segmentKey, TypedNumber.of(target), actor);
    }

    /** The targets of one metric, newest first. */
    @Transactional(readOnly = true)
    public List<TargetView> targets(String key) {
        MetricDefinition metric = load(key);
        return targets(metric, targets.findByMetricIdOrderByPeriodStartDesc(metric.getId()), company.segments());
    }

    /** These targets of the metric (all of them, as read), newest first and company-wide first. */
    List<TargetView> targets(MetricDefinition metric, List<MetricTarget> metricTargets, List<SegmentView> allSegments) {
        Map<Long, String> segments = allSegments.stream().collect(Collectors.toMap(SegmentView::id, SegmentView::name));
        Comparator<MetricTarget> newestFirstCompanyWideFirst = Comparator.comparing(MetricTarget::getPeriodStart).reversed()
                .thenComparing(t -> t.getSegmentId() == null ? 0 : 1)
                .thenComparing(t -> segments.getOrDefault(t.getSegmentId(), ""));
        return metricTargets.stream()
                .sorted(newestFirstCompanyWideFirst)
                .map(t -> new TargetView(t.getEffectiveFrom(), t.getSegmentId() == null ? null : segments.get(t.getSegmentId()),
                        t.getTarget(), metric.getUnit().format(t.getTarget())))
                .toList();
    }

    Long segmentId(String segmentKey, MetricDefinition metric) {
        if (segmentKey == null || segmentKey.isBlank() || segmentKey.equals("all")) {
            return null;
        }
        if (!metric.isSegmented()) {
            throw new RuleViolationException("segment", metric.getName() + " has no segment breakdown; leave the segment empty.");
        }
        return company.segments().stream().filter(s -> s.key().equals(segmentKey.trim())).findFirst()
                .map(SegmentView::id)
                .orElseThrow(() -> new RuleViolationException("segment", "There is no segment " + segmentKey + "."));
    }

    MetricDefinition load(String key) {
        return metrics.findByKey(key).orElseThrow(() -> notFound(key));
    }

    /**
     * The definition, row-locked until the transaction ends, before anything of it or under it is read: a change
     * to it, its values or its targets starts here, so that two such changes happen one after the other and the
     * second checks what the first saved.
     */
    MetricDefinition lockForChange(String key) {
        return metrics.lockByKey(key).orElseThrow(() -> notFound(key));
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException("There is no metric " + key + ".");
    }

    private void requireVersion(MetricDefinition metric, long expectedVersion) {
        if (metric.getVersion() != expectedVersion) {
            throw Governance.staleEdit("definition", history.of(MetricDefinition.class, metric.getId(),
                    MetricFields.audited(personNames())), metric.getVersion(), expectedVersion);
        }
    }

    private MetricSpec validate(MetricSpec s) {
        Governance.requireText(s.name(), "name", "Give the metric a name.", 120);
        Governance.requireText(s.definition(), "definition", "Say in plain words what the metric means.", 2000);
        Governance.requireText(s.calculation(), "calculation", "Say how it is calculated.", 2000);
        Governance.requireText(s.lever(), "lever", "Name the lever it belongs to, e.g. Win rate or Pipeline.", 80);
        Governance.requireText(s.dataSource(), "dataSource", "Name where the numbers come from, e.g. Salesforce opportunity report.", 200);
        if (s.unit() == null) {
            throw new RuleViolationException("unit", "Choose a unit.");
        }
        if (s.direction() == null) {
            throw new RuleViolationException("direction", "Say whether higher or lower is better.");
        }
        if (s.cadence() == null) {
            throw new RuleViolationException("cadence", "Choose how often it is measured.");
        }
        if (s.indicator() == null) {
            throw new RuleViolationException("indicator", "Say whether it is leading or lagging.");
        }
        if (s.atRiskBandPercent() == null || s.atRiskBandPercent().signum() < 0
                || s.atRiskBandPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolationException("atRiskBandPercent", "The at-risk band is a percentage from 0 to 100.");
        }
        if (s.atRiskBandPercent().stripTrailingZeros().scale() > AT_RISK_BAND_SCALE) {
            // numeric(5, 2) would round it (0.001 to 0) without saying so
            throw new RuleViolationException("atRiskBandPercent", "The at-risk band keeps up to " + AT_RISK_BAND_SCALE
                    + " decimals, e.g. 12.5 or 0.25.");
        }
        if (s.displayOrder() < 0 || s.displayOrder() > 10_000) {
            throw new RuleViolationException("displayOrder", "The display order is a number from 0 to 10,000.");
        }
        if (s.ownerId() == null) {
            throw new RuleViolationException("ownerId", "Every metric has exactly one owner: choose them.");
        }
        PersonView owner;
        try {
            owner = people.get(s.ownerId());
        } catch (NotFoundException e) {
            throw new RuleViolationException("ownerId", "Choose an owner from the list.");
        }
        if (!owner.active()) {
            throw new RuleViolationException("ownerId", owner.name() + " is deactivated and cannot own a metric.");
        }
        if (owner.readOnly()) {
            throw new RuleViolationException("ownerId", owner.name() + " is a board member, who reads but never enters "
                    + "values, so cannot own a metric. Choose someone who will enter its values.");
        }
        return new MetricSpec(s.name().trim(), s.definition().trim(), s.calculation().trim(), s.unit(), s.direction(),
                s.cadence(), s.ownerId(), s.indicator(), s.lever().trim(), s.segmented(), s.atRiskBandPercent(),
                s.dataSource().trim(), s.displayOrder());
    }

    Map<Long, String> personNames() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
    }

}
