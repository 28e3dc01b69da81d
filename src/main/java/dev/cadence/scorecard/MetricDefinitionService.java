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

    /**
     * Saves an edit made on {@code expectedVersion}. When someone saved in between, nothing is saved
     * and the message lists what they changed.
     */
    public MetricView update(String key, MetricSpec spec, long expectedVersion, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        MetricDefinition metric = load(key);
        requireVersion(metric, expectedVersion);
        metric.apply(validate(spec));
        metrics.flush();
        return MetricView.of(metric, people.get(metric.getOwnerId()).name());
    }

    public MetricView moveTo(String key, GovernanceStatus next, long expectedVersion, CadenceUser actor) {
        ScorecardPermissions.requireGovern(actor);
        MetricDefinition metric = load(key);
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
        MetricDefinition metric = metrics.findById(approval.subjectId()).orElseThrow();
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
        MetricDefinition metric = load(key);
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
        return metrics.findByKey(key).orElseThrow(() -> new NotFoundException("There is no metric " + key + "."));
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
        return new MetricSpec(s.name().trim(), s.definition().trim(), s.calculation().trim(), s.unit(), s.direction(),
                s.cadence(), s.ownerId(), s.indicator(), s.lever().trim(), s.segmented(), s.atRiskBandPercent(),
                s.dataSource().trim(), s.displayOrder());
    }

    Map<Long, String> personNames() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
    }

}
