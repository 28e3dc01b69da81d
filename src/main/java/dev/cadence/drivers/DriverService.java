package dev.cadence.drivers;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.scorecard.Direction;
import dev.cadence.scorecard.LatestValue;
import dev.cadence.scorecard.MetricDefinitionService;
import dev.cadence.scorecard.MetricUnit;
import dev.cadence.scorecard.MetricView;
import dev.cadence.scorecard.ScorecardService;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.NumberFormatter;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.TypedNumber;
import dev.cadence.web.UserText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Value-driver trees: reading a tree with its outcome, gap, sensitivity, tornado and goal seeks (at the plan
 * or at a what-if), changing its structure (CEO, CRO, CFO, RevOps, Admin) and a lever's plan (its owner),
 * scenarios and quarterly snapshots. Every save locks what it changes before checking its version; every
 * change of structure is compiled and computed before anything is stored, so a formula that cannot be
 * computed is refused naming its node. A tree's page costs a fixed number of statements, whatever its size.
 */
@Service
public class DriverService {

    static final int NAME_MAX = 120;
    static final int TEXT_MAX = 2000;
    static final int MAX_SWING = 90;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final Set<String> RESERVED = Set.of("e", "pi", "true", "false", "null", "dt_format_iso_date_time",
            "dt_format_local_date_time", "dt_format_local_date");

    private static final List<AuditedField<DriverNode>> NODE_FIELDS = List.of(
            AuditedField.of("Name", DriverNode::getName),
            AuditedField.of("Kind", n -> n.getKind().label()),
            AuditedField.of("Unit", n -> n.getUnit().label()),
            AuditedField.of("Formula", DriverNode::getFormula),
            AuditedField.of("Owner", DriverNode::getOwnerId),
            AuditedField.of("Segment", DriverNode::getSegmentId),
            AuditedField.of("Linked metric", DriverNode::getMetricKey),
            AuditedField.of("Baseline", n -> n.getBaseline() == null ? null : n.getUnit().format(n.getBaseline())),
            AuditedField.of("Assumption", n -> n.getAssumption() == null ? null : n.getUnit().format(n.getAssumption())),
            AuditedField.of("Step", n -> n.getStep() == null ? null : DriverAnalysis.stepLabel(n.model())),
            AuditedField.of("Evidence", DriverNode::getEvidence));

    private final DriverTreeRepository trees;
    private final DriverNodeRepository nodes;
    private final DriverScenarioRepository scenarios;
    private final DriverSnapshotRepository snapshots;
    private final PersonService people;
    private final CompanyService company;
    private final ScorecardService scorecard;
    private final MetricDefinitionService metrics;
    private final History history;
    private final NumberFormatter numbers;
    private final Clock clock;
    private final DriverCache cache;
    private final com.github.benmanes.caffeine.cache.Cache<ModelKey, DriverModel> compiled =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(64).build();

    DriverService(DriverTreeRepository trees, DriverNodeRepository nodes, DriverScenarioRepository scenarios,
                  DriverSnapshotRepository snapshots, PersonService people, CompanyService company, ScorecardService scorecard,
                  MetricDefinitionService metrics, History history, NumberFormatter numbers, Clock clock, DriverCache cache) {
        this.trees = trees;
        this.nodes = nodes;
        this.scenarios = scenarios;
        this.snapshots = snapshots;
        this.people = people;
        this.company = company;
        this.scorecard = scorecard;
        this.metrics = metrics;
        this.history = history;
        this.numbers = numbers;
        this.clock = clock;
        this.cache = cache;
    }

    // ---- reading ----

    /** Every tree with its outcome at the plan against its target. */
    @Transactional(readOnly = true)
    public List<TreeSummary> trees() {
        List<DriverTree> all = trees.findAllInOrder();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DriverNode>> byTree = nodes.findByTrees(all.stream().map(DriverTree::getId).toList()).stream()
                .collect(Collectors.groupingBy(DriverNode::getTreeId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> segmentKeys = segmentKeys();
        Map<String, LatestValue> latest = latest(byTree.values().stream().flatMap(List::stream).toList());
        List<TreeSummary> out = new ArrayList<>();
        for (DriverTree t : all) {
            List<DriverNode> list = byTree.getOrDefault(t.getId(), List.of());
            DriverNode outcomeNode = list.stream().filter(n -> n.getKey().equals(t.getOutcomeKey())).findFirst().orElse(null);
            BigDecimal outcome = null;
            try {
                DriverModel model = model(t.getOutcomeKey(), list);
                outcome = model.evaluate(model.assumptions()).get(t.getOutcomeKey());
            } catch (RuleViolationException | NullPointerException cannotCompute) {
                // A list shows what it can; the tree's page says what is wrong.
            }
            DriverUnit unit = outcomeNode == null ? DriverUnit.MONEY : outcomeNode.getUnit();
            int off = (int) list.stream().filter(n -> status(n, latest.get(linkKey(n, segmentKeys))).offAssumption()).count();
            out.add(new TreeSummary(t.getId(), t.getName(), outcomeNode == null ? t.getOutcomeKey() : outcomeNode.getName(),
                    t.getTarget(), unit.format(t.getTarget()), t.getTargetDate(), outcome, unit.format(outcome),
                    outcome == null ? "—" : gapLabel(unit, outcome.subtract(t.getTarget())),
                    outcome != null && outcome.compareTo(t.getTarget()) >= 0, list.size(),
                    (int) list.stream().filter(n -> n.getKind() == NodeKind.LEVER).count(), off, unit, t.getVersion()));
        }
        return out;
    }

    /**
     * A tree's page: at the plan, or at a what-if ({@code whatIf}: lever key → the number as typed; blank or
     * missing = the plan's), or at a saved scenario's values. {@code swingPercent} is the tornado's ± swing;
     * {@code seekKey} the lever whose goal seek the page shows (any lever; {@code null} or a key that is no lever:
     * the lever with the widest tornado bar). The same for every viewer, kept until the tree or what it shows changes
     * ({@link DriverCache}).
     */
    @Transactional(readOnly = true)
    public TreePage page(long treeId, Map<String, String> whatIf, Long scenarioId, int swingPercent, String seekKey) {
        if (swingPercent < 1 || swingPercent > MAX_SWING) {
            throw new RuleViolationException("swing", "The tornado's swing is 1 to " + MAX_SWING + " percent of each lever's value.");
        }
        Map<String, String> typed = new java.util.TreeMap<>();
        if (whatIf != null) {
            whatIf.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    typed.put(k, v.trim());
                }
            });
        }
        PageKey key = new PageKey(treeId, Map.copyOf(typed), scenarioId, swingPercent, seekKey);
        return cache.get(key, () -> read(key));
    }

    private record PageKey(long treeId, Map<String, String> whatIf, Long scenarioId, int swingPercent, String seekKey) {
    }

    /** A tree as read for its page: the stored rows and the compiled model. */
    private record Loaded(DriverTree tree, List<DriverNode> nodes, DriverModel model, Map<String, LatestValue> latest,
                          Map<Long, String> segmentKeys, List<SegmentView> segments, Map<Long, PersonView> everyone) {
    }

    private Loaded load(long treeId) {
        DriverTree tree = trees.findById(treeId).orElseThrow(() -> notFound(treeId));
        List<DriverNode> list = nodes.findByTree(treeId);
        List<SegmentView> segments = company.segments();
        Map<Long, String> segmentKeys = segments.stream().collect(Collectors.toMap(SegmentView::id, SegmentView::key));
        Map<Long, PersonView> everyone = people.everyone().stream().collect(Collectors.toMap(PersonView::id, p -> p));
        DriverModel model = model(tree.getOutcomeKey(), list);
        if (model.node(tree.getOutcomeKey()) == null) {
            throw new RuleViolationException("The tree's outcome " + tree.getOutcomeKey() + " is not one of its nodes.");
        }
        return new Loaded(tree, list, model, latest(list), segmentKeys, segments, everyone);
    }

    private TreePage read(PageKey key) {
        Loaded loaded = load(key.treeId());
        DriverTree tree = loaded.tree();
        List<DriverNode> list = loaded.nodes();
        DriverModel model = loaded.model();
        Map<Long, PersonView> everyone = loaded.everyone();
        List<DriverScenario> saved = scenarios.findByTree(key.treeId());
        List<DriverSnapshot> taken = snapshots.findByTree(key.treeId());

        Map<String, BigDecimal> plan = model.evaluate(model.assumptions());
        Map<String, BigDecimal> baseline = model.evaluate(model.baselines());

        Map<String, BigDecimal> tried = new HashMap<>(model.assumptions());
        String whatIfError = null;
        String scenarioName = null;
        boolean whatIfTried = false;
        if (key.scenarioId() != null) {
            DriverScenario scenario = saved.stream().filter(s -> s.getId().equals(key.scenarioId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("This tree has no scenario " + key.scenarioId() + "."));
            scenario.getValues().forEach((k, v) -> {
                if (model.node(k) != null && model.node(k).lever()) {
                    tried.put(k, v);
                }
            });
            scenarioName = scenario.getName();
            whatIfTried = true;
        }
        for (Map.Entry<String, String> e : key.whatIf().entrySet()) {
            ModelNode lever = model.node(e.getKey());
            if (lever == null || !lever.lever()) {
                continue;
            }
            try {
                BigDecimal v = lever.unit().read(numbers.read(e.getValue()), "values[" + e.getKey() + "]");
                if (v.compareTo(tried.get(e.getKey())) != 0) {
                    whatIfTried = true;
                }
                tried.put(e.getKey(), v);
            } catch (RuleViolationException notANumber) {
                whatIfError = lever.name() + ": " + notANumber.getMessage();
            }
        }
        Map<String, BigDecimal> values = plan;
        if (whatIfTried && whatIfError == null) {
            try {
                values = model.evaluate(tried);
            } catch (RuleViolationException cannotCompute) {
                whatIfError = cannotCompute.getMessage();
            }
        }
        Map<String, BigDecimal> shown = values;

        Map<String, NodeView> views = new LinkedHashMap<>();
        for (DriverNode n : list) {
            views.put(n.getKey(), view(n, model, shown.get(n.getKey()), baseline.get(n.getKey()), plan.get(n.getKey()),
                    loaded.latest().get(linkKey(n, loaded.segmentKeys())), everyone, loaded.segments()));
        }
        NodeView outcome = views.get(tree.getOutcomeKey());
        DriverUnit unit = outcome.unit();
        BigDecimal outcomeValue = shown.get(tree.getOutcomeKey());
        BigDecimal gap = outcomeValue.subtract(tree.getTarget());

        DriverAnalysis analysis = new DriverAnalysis(model, shown);
        List<TornadoBar> tornado = analysis.tornado(key.swingPercent());
        ModelNode seekLever = model.node(key.seekKey() == null ? "" : key.seekKey());
        if (seekLever == null || !seekLever.lever()) {
            seekLever = tornado.isEmpty() ? model.levers().stream().findFirst().orElse(null) : model.node(tornado.get(0).leverKey());
        }
        GoalSeek seek = seekLever == null ? null : analysis.goalSeek(seekLever, tree.getTarget());

        Set<String> drawn = new HashSet<>();
        Map<String, Integer> order = new HashMap<>();
        views.keySet().forEach(k -> order.put(k, order.size()));
        TreeBranch root = branch(tree.getId(), tree.getOutcomeKey(), views, model, order, drawn);
        List<NodeView> unused = views.values().stream().filter(v -> !drawn.contains(v.key())).toList();

        List<ScenarioView> scenarioViews = new ArrayList<>();
        scenarioViews.add(new ScenarioView(null, "Plan", null, null, Map.of(), Map.of(), plan.get(tree.getOutcomeKey()),
                unit.format(plan.get(tree.getOutcomeKey())), gapLabel(unit, plan.get(tree.getOutcomeKey()).subtract(tree.getTarget())), null));
        Set<String> changedLevers = new java.util.LinkedHashSet<>();
        for (DriverScenario s : saved) {
            scenarioViews.add(scenarioView(s, model, tree, unit, everyone));
            changedLevers.addAll(s.getValues().keySet());
        }
        List<NodeView> scenarioLevers = views.values().stream().filter(v -> changedLevers.contains(v.key())).toList();

        FiscalQuarter quarterNow = FiscalQuarter.of(LocalDate.now(clock), company.profile().fiscalYearStartMonth());
        List<SnapshotView> snapshotViews = taken.stream().map(s -> snapshotView(s, views, quarterNow, everyone)).toList();
        boolean snapshotThisQuarter = taken.stream().anyMatch(s -> s.getQuarterKey().equals(quarterNow.key()));

        return new TreePage(tree.getId(), tree.getName(), tree.getDescription(), outcome, tree.getTarget(),
                unit.format(tree.getTarget()), tree.getTargetDate(), unit.format(outcomeValue), unit.format(plan.get(tree.getOutcomeKey())),
                unit.format(baseline.get(tree.getOutcomeKey())), gap, gapLabel(unit, gap), gap.signum() >= 0,
                List.copyOf(views.values()), root, unused, analysis.sensitivities(), tornado, key.swingPercent(),
                tornado.size() * DriverAnalysis.TORNADO_ROW, seek, scenarioViews, scenarioLevers, snapshotViews,
                quarterNow.label(), snapshotThisQuarter, whatIfTried || whatIfError != null, whatIfError, scenarioName,
                tree.getVersion(), everyone.values().stream().filter(PersonView::mayOwnWork).sorted(Comparator.comparing(PersonView::name)).toList(),
                loaded.segments(), (int) list.stream().filter(n -> n.getKind() == NodeKind.LEVER).count());
    }

    /**
     * What each lever would need to be for the outcome to reach the target alone, at the plan: every lever, in the
     * tree's order (the API's tree).
     */
    @Transactional(readOnly = true)
    public List<GoalSeek> goalSeeks(long treeId) {
        return cache.get(new GoalSeeksKey(treeId), () -> {
            Loaded loaded = load(treeId);
            DriverModel model = loaded.model();
            DriverAnalysis analysis = new DriverAnalysis(model, model.evaluate(model.assumptions()));
            return model.levers().stream().map(l -> analysis.goalSeek(l, loaded.tree().getTarget())).toList();
        });
    }

    private record GoalSeeksKey(long treeId) {
    }

    /** One node, its history (newest first), and for a lever its sensitivity and what it would need to close the gap. */
    @Transactional(readOnly = true)
    public NodePage node(long treeId, String key, CadenceUser viewer) {
        TreePage page = page(treeId, Map.of(), null, DriverAnalysis.DEFAULT_SWING_PERCENT, key);
        NodeView node = page.nodes().stream().filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("This tree has no node " + key + "."));
        List<ChangeSet> changes = new ArrayList<>(readableHistory(node.id()));
        java.util.Collections.reverse(changes);
        Sensitivity sensitivity = page.sensitivities().stream().filter(s -> s.leverKey().equals(key)).findFirst().orElse(null);
        GoalSeek seek = node.lever() ? page.seek() : null;
        List<NodeView> usedBy = page.nodes().stream().filter(n -> n.uses().contains(key)).toList();
        return new NodePage(page, node, changes, sensitivity, seek, usedBy,
                node.lever() && DriverPermissions.canPlan(viewer, node.ownerId()), DriverPermissions.canEditStructure(viewer));
    }

    // ---- a lever's plan (its owner) ----

    /**
     * Sets a lever's assumption and evidence: its owner, or someone who edits the structure. Refused when someone
     * saved the lever since {@code expectedVersion} (with what they changed), or when the tree cannot be computed
     * with the new assumption.
     */
    @Transactional
    public NodeView plan(long treeId, String key, TypedNumber assumption, String evidence, long expectedVersion, CadenceUser actor) {
        trees.findById(treeId).orElseThrow(() -> notFound(treeId));
        // Locked before it is read: two saves of one lever happen one after the other, the second sees the first.
        DriverNode lever = nodes.lockByTreeAndKey(treeId, key).orElseThrow(() -> new NotFoundException("This tree has no node " + key + "."));
        if (lever.getKind() != NodeKind.LEVER) {
            throw new RuleViolationException("assumption", lever.getName() + " is computed by its formula: it has no assumption to set.");
        }
        DriverPermissions.requirePlan(actor, lever.getOwnerId(), lever.getName());
        requireVersion(lever, expectedVersion);
        if (assumption == null) {
            throw new RuleViolationException("assumption", "Enter the assumption, e.g. " + example(lever.getUnit()) + ".");
        }
        BigDecimal value = lever.getUnit().read(assumption, "assumption");
        String why = UserText.optional(evidence, TEXT_MAX, "evidence");
        List<DriverNode> list = nodes.findByTree(treeId);
        List<ModelNode> models = list.stream().map(n -> n.getKey().equals(key)
                ? new ModelNode(key, n.getName(), n.getKind(), n.getUnit(), null, n.getBaseline(), value, n.getStep(), n.isStepRelative())
                : n.model()).toList();
        DriverTree tree = trees.findById(treeId).orElseThrow();
        check(models, tree.getOutcomeKey(), "assumption");
        lever.plan(value, why, Instant.now(clock));
        nodes.saveAndFlush(lever);
        return page(treeId, Map.of(), null, DriverAnalysis.DEFAULT_SWING_PERCENT, null).nodes().stream()
                .filter(n -> n.key().equals(key)).findFirst().orElseThrow();
    }

    // ---- structure (CEO, CRO, CFO, RevOps, Admin) ----

    /** A new tree with its outcome node (a formula of {@code 0} until its nodes are added). */
    @Transactional
    public long createTree(String name, String description, String outcomeKey, String outcomeName, DriverUnit unit,
                           TypedNumber target, LocalDate targetDate, CadenceUser actor) {
        DriverPermissions.requireEditStructure(actor);
        String n = UserText.required(name, NAME_MAX, "name", "Name the tree, e.g. FY2027 ARR.");
        String d = UserText.optional(description, TEXT_MAX, "description");
        String key = requireKey(outcomeKey, "outcomeKey");
        String outcome = UserText.required(outcomeName, NAME_MAX, "outcomeName", "Name the outcome, e.g. Ending ARR.");
        if (unit == null) {
            throw new RuleViolationException("unit", "Choose the outcome's unit.");
        }
        if (target == null) {
            throw new RuleViolationException("target", "Enter the outcome's target, e.g. " + example(unit) + ".");
        }
        BigDecimal t = unit.read(target, "target");
        if (targetDate == null) {
            throw new RuleViolationException("targetDate", "Enter the date the target is due.");
        }
        if (trees.findByName(n).isPresent()) {
            throw new RuleViolationException("name", "A tree is named " + n + " already: choose another name.");
        }
        Instant now = Instant.now(clock);
        DriverTree tree = trees.saveAndFlush(new DriverTree(n, d, key, t, targetDate, now));
        nodes.saveAndFlush(new DriverNode(tree.getId(), key, new NodeSpec(outcome, NodeKind.COMPUTED, unit, "0", null, null, null,
                null, null, null, false, null, 0), now));
        return tree.getId();
    }

    /**
     * Renames the tree, changes its description, its outcome's target or the date it is due: CEO, CRO, CFO, RevOps,
     * Admin. The tree is locked before its version is checked; a stale save is refused with what the other person
     * changed.
     */
    @Transactional
    public void describeTree(long treeId, String name, String description, TypedNumber target, LocalDate targetDate,
                             long expectedVersion, CadenceUser actor) {
        DriverPermissions.requireEditStructure(actor);
        DriverTree tree = trees.lockById(treeId).orElseThrow(() -> notFound(treeId));
        DriverUnit unit = outcomeUnit(tree);
        if (tree.getVersion() != expectedVersion) {
            List<ChangeSet> sets = treeHistory(tree.getId(), unit);
            throw new StaleEditException(staleMessage("this tree's name, target or date", sets, tree.getVersion() - expectedVersion));
        }
        String n = UserText.required(name, NAME_MAX, "name", "Name the tree, e.g. FY2027 ARR.");
        if (trees.findByName(n).filter(other -> !other.getId().equals(tree.getId())).isPresent()) {
            throw new RuleViolationException("name", "A tree is named " + n + " already: choose another name.");
        }
        if (target == null) {
            throw new RuleViolationException("target", "Enter the outcome's target, e.g. " + example(unit) + ".");
        }
        BigDecimal t = unit.read(target, "target");
        if (t.abs().compareTo(LARGEST) >= 0) {
            throw new RuleViolationException("target", "A target is up to 14 digits before the point.");
        }
        if (targetDate == null) {
            throw new RuleViolationException("targetDate", "Enter the date the target is due.");
        }
        tree.describe(n, UserText.optional(description, TEXT_MAX, "description"), t, targetDate, Instant.now(clock));
        trees.saveAndFlush(tree);
    }

    /** The tree's name, description, target and date as they changed, newest first. */
    @Transactional(readOnly = true)
    public List<ChangeSet> treeHistory(long treeId) {
        DriverTree tree = trees.findById(treeId).orElseThrow(() -> notFound(treeId));
        List<ChangeSet> sets = new ArrayList<>(treeHistory(treeId, outcomeUnit(tree)));
        java.util.Collections.reverse(sets);
        return sets;
    }

    private List<ChangeSet> treeHistory(long treeId, DriverUnit unit) {
        return history.of(DriverTree.class, treeId, List.of(
                AuditedField.of("Name", DriverTree::getName),
                AuditedField.of("Description", DriverTree::getDescription),
                AuditedField.of("Target", t -> t.getTarget() == null ? null : unit.format(t.getTarget())),
                AuditedField.of("Due by", t -> t.getTargetDate() == null ? null : DAY.format(t.getTargetDate()))));
    }

    private DriverUnit outcomeUnit(DriverTree tree) {
        return nodes.findByTree(tree.getId()).stream().filter(x -> x.getKey().equals(tree.getOutcomeKey())).map(DriverNode::getUnit)
                .findFirst().orElse(DriverUnit.MONEY);
    }

    /**
     * Adds a node, or changes one ({@code expectedVersion} non-null): checked as the whole tree would be after it
     * (keys, formulas, cycles, values), and refused, naming the node, with nothing stored.
     */
    @Transactional
    public NodeView saveNode(long treeId, String existingKey, NodeInput input, Long expectedVersion, CadenceUser actor) {
        DriverPermissions.requireEditStructure(actor);
        // The tree is locked first: two changes of its structure are checked one after the other.
        DriverTree tree = trees.lockById(treeId).orElseThrow(() -> notFound(treeId));
        DriverNode existing = null;
        if (existingKey != null) {
            existing = nodes.lockByTreeAndKey(treeId, existingKey).orElseThrow(() -> new NotFoundException("This tree has no node " + existingKey + "."));
            if (expectedVersion == null) {
                throw new RuleViolationException("version", "Send the version of the node you edited.");
            }
            requireVersion(existing, expectedVersion);
        }
        List<DriverNode> list = nodes.findByTree(treeId);
        String key = existing != null ? existing.getKey() : requireKey(input.key(), "key");
        if (existing == null && list.stream().anyMatch(n -> n.getKey().equals(key))) {
            throw new RuleViolationException("key", "This tree has a node " + key + " already: choose another key.");
        }
        if (existing != null && key.equals(tree.getOutcomeKey()) && input.kind() == NodeKind.LEVER) {
            throw new RuleViolationException("kind", "The outcome is computed from the levers: keep it a computed node.");
        }
        NodeSpec spec = spec(input, existing, list.size());
        List<ModelNode> models = new ArrayList<>();
        for (DriverNode n : list) {
            models.add(n.getKey().equals(key) ? model(key, spec) : n.model());
        }
        if (existing == null) {
            models.add(model(key, spec));
        }
        check(models, tree.getOutcomeKey(), spec.kind() == NodeKind.COMPUTED ? "formula" : "assumption");
        Instant now = Instant.now(clock);
        if (existing == null) {
            nodes.saveAndFlush(new DriverNode(treeId, key, spec, now));
        } else {
            existing.restructure(spec, now);
            nodes.saveAndFlush(existing);
        }
        return page(treeId, Map.of(), null, DriverAnalysis.DEFAULT_SWING_PERCENT, null).nodes().stream()
                .filter(n -> n.key().equals(key)).findFirst().orElseThrow();
    }

    /** Removes a node no formula uses (never the outcome). */
    @Transactional
    public void deleteNode(long treeId, String key, long expectedVersion, CadenceUser actor) {
        DriverPermissions.requireEditStructure(actor);
        DriverTree tree = trees.lockById(treeId).orElseThrow(() -> notFound(treeId));
        DriverNode node = nodes.lockByTreeAndKey(treeId, key).orElseThrow(() -> new NotFoundException("This tree has no node " + key + "."));
        requireVersion(node, expectedVersion);
        if (key.equals(tree.getOutcomeKey())) {
            throw new RuleViolationException("The outcome cannot be removed: it is what the tree computes.");
        }
        List<DriverNode> list = nodes.findByTree(treeId);
        DriverModel model = DriverModel.of(list.stream().map(DriverNode::model).toList(), tree.getOutcomeKey());
        List<String> users = list.stream().filter(n -> model.uses(n.getKey()).contains(key)).map(DriverNode::getName).toList();
        if (!users.isEmpty()) {
            throw new RuleViolationException(node.getName() + " is used by the formula of " + String.join(", ", users)
                    + ": change that formula first.");
        }
        nodes.delete(node);
        nodes.flush();
    }

    // ---- scenarios and snapshots ----

    /**
     * Saves the what-if as a named scenario: the levers whose value differs from the plan. Everyone but the board.
     */
    @Transactional
    public long saveScenario(long treeId, String name, Map<String, String> whatIf, CadenceUser actor) {
        DriverPermissions.requireSaveScenario(actor);
        DriverTree tree = trees.lockById(treeId).orElseThrow(() -> notFound(treeId));
        String n = UserText.required(name, NAME_MAX, "scenarioName", "Name the scenario, e.g. Hire two more SDRs.");
        if (scenarios.existsByName(treeId, n)) {
            throw new RuleViolationException("scenarioName", "This tree has a scenario named " + n + " already: choose another name.");
        }
        List<DriverNode> list = nodes.findByTree(treeId);
        DriverModel model = DriverModel.of(list.stream().map(DriverNode::model).toList(), tree.getOutcomeKey());
        Map<String, BigDecimal> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : (whatIf == null ? Map.<String, String>of() : whatIf).entrySet()) {
            ModelNode lever = model.node(e.getKey());
            if (lever == null || !lever.lever() || e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            BigDecimal v = lever.unit().read(numbers.read(e.getValue()), "values[" + e.getKey() + "]");
            if (v.compareTo(lever.assumption()) != 0) {
                changed.put(e.getKey(), v);
            }
        }
        if (changed.isEmpty()) {
            throw new RuleViolationException("scenarioName", "This what-if changes no lever from the plan: change an assumption first.");
        }
        Map<String, BigDecimal> tried = new HashMap<>(model.assumptions());
        tried.putAll(changed);
        model.evaluate(tried);
        return scenarios.saveAndFlush(new DriverScenario(treeId, n, actor.personId(), Instant.now(clock), changed)).getId();
    }

    /** Deletes a scenario: whoever saved it, or someone who edits the structure. */
    @Transactional
    public void deleteScenario(long treeId, long scenarioId, CadenceUser actor) {
        DriverScenario s = scenarios.findById(scenarioId).filter(x -> x.getTreeId() == treeId)
                .orElseThrow(() -> new NotFoundException("This tree has no scenario " + scenarioId + "."));
        if (!DriverPermissions.canEditStructure(actor) && (actor.readOnly() || s.getCreatedBy() != actor.personId())) {
            throw new org.springframework.security.access.AccessDeniedException("Only whoever saved a scenario (or the CEO, CRO, CFO, RevOps "
                    + "and administrators) deletes it.");
        }
        scenarios.delete(s);
        scenarios.flush();
    }

    /** Keeps the tree as planned now as this fiscal quarter's snapshot (replacing one taken earlier this quarter). */
    @Transactional
    public String takeSnapshot(long treeId, CadenceUser actor) {
        DriverPermissions.requireEditStructure(actor);
        DriverTree tree = trees.lockById(treeId).orElseThrow(() -> notFound(treeId));
        List<DriverNode> list = nodes.findByTree(treeId);
        DriverModel model = DriverModel.of(list.stream().map(DriverNode::model).toList(), tree.getOutcomeKey());
        Map<String, BigDecimal> plan = model.evaluate(model.assumptions());
        FiscalQuarter quarter = FiscalQuarter.of(LocalDate.now(clock), company.profile().fiscalYearStartMonth());
        List<DriverSnapshot.Line> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            DriverNode n = list.get(i);
            lines.add(new DriverSnapshot.Line(n.getKey(), n.getName(), n.getUnit(), n.getAssumption(), plan.get(n.getKey()), i));
        }
        Instant now = Instant.now(clock);
        DriverSnapshot snapshot = snapshots.findByQuarter(treeId, quarter.key()).orElse(null);
        if (snapshot == null) {
            snapshots.saveAndFlush(new DriverSnapshot(treeId, quarter.key(), plan.get(tree.getOutcomeKey()), tree.getTarget(),
                    actor.personId(), now, lines));
        } else {
            snapshot.retake(plan.get(tree.getOutcomeKey()), tree.getTarget(), actor.personId(), now, lines);
            snapshots.saveAndFlush(snapshot);
        }
        return quarter.key();
    }

    // ---- for other features ----

    /**
     * The levers, across every tree, whose linked scorecard metric's newest value (for a period begun by
     * {@code asOf}, the lever's segment or company-wide) is on the wrong side of the lever's assumption: slipping
     * (within 5%) or off plan. Reads a fixed number of statements whatever the number of trees.
     */
    @Transactional(readOnly = true)
    public List<OffAssumptionLever> leversOffAssumption(LocalDate asOf) {
        List<DriverNode> linked = nodes.findLinkedLevers();
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<Long, String> treeNames = trees.findAllById(linked.stream().map(DriverNode::getTreeId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(DriverTree::getId, DriverTree::getName));
        return offAssumption(linked, latestValues(linked, asOf), segmentKeys(), treeNames, ownerNames(), company.profile().fiscalYearStartMonth());
    }

    /**
     * Every tree as it stood at the end of {@code day} (in the application's time zone): the plan of that day from
     * the trees' history when the day is past, its outcome against that day's target, and the levers whose linked
     * metric's newest value by that day was off that day's assumption. Trees made later are not there. A fixed number
     * of statements whatever the number of trees or the history (one when no tree existed yet).
     */
    @Transactional(readOnly = true)
    public List<TreeAsOf> asOf(LocalDate day) {
        // Kept under driver_change (DriverCache): meeting pages show it as of their day, for every participant.
        return cache.get(new TreesAsOf(day), () -> readAsOf(day));
    }

    private record TreesAsOf(LocalDate day) {
    }

    private List<TreeAsOf> readAsOf(LocalDate day) {
        List<DriverTree> treesThen;
        List<DriverNode> nodesThen;
        if (day.isBefore(LocalDate.now(clock))) {
            java.util.OptionalInt revision = history.revisionAt(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
            if (revision.isEmpty()) {
                return List.of();
            }
            treesThen = history.atRevision(DriverTree.class, revision.getAsInt());
            nodesThen = treesThen.isEmpty() ? List.of() : history.atRevision(DriverNode.class, revision.getAsInt());
        } else {
            treesThen = trees.findAllInOrder();
            nodesThen = treesThen.isEmpty() ? List.of() : nodes.findByTrees(treesThen.stream().map(DriverTree::getId).toList());
        }
        if (treesThen.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DriverNode>> byTree = nodesThen.stream()
                .sorted(Comparator.comparingInt(DriverNode::getPosition).thenComparing(DriverNode::getId))
                .collect(Collectors.groupingBy(DriverNode::getTreeId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> treeNames = treesThen.stream().collect(Collectors.toMap(DriverTree::getId, DriverTree::getName));
        List<DriverNode> linked = nodesThen.stream().filter(n -> n.getKind() == NodeKind.LEVER && n.getMetricKey() != null).toList();
        List<OffAssumptionLever> off = offAssumption(linked, latestValues(linked, day), segmentKeys(), treeNames, ownerNames(),
                company.profile().fiscalYearStartMonth());
        List<TreeAsOf> out = new ArrayList<>();
        for (DriverTree t : treesThen.stream().sorted(Comparator.comparing(DriverTree::getTargetDate).thenComparing(DriverTree::getName)).toList()) {
            List<DriverNode> list = byTree.getOrDefault(t.getId(), List.of());
            DriverUnit unit = list.stream().filter(n -> n.getKey().equals(t.getOutcomeKey())).map(DriverNode::getUnit).findFirst()
                    .orElse(DriverUnit.MONEY);
            String outcomeName = list.stream().filter(n -> n.getKey().equals(t.getOutcomeKey())).map(DriverNode::getName).findFirst()
                    .orElse(t.getOutcomeKey());
            BigDecimal outcome = null;
            String problem = null;
            try {
                DriverModel model = model(t.getOutcomeKey(), list);
                outcome = model.evaluate(model.assumptions()).get(t.getOutcomeKey());
            } catch (RuleViolationException | NullPointerException cannotCompute) {
                problem = cannotCompute instanceof RuleViolationException r ? r.getMessage() : "The tree was incomplete that day.";
            }
            BigDecimal gap = outcome == null ? null : outcome.subtract(t.getTarget());
            out.add(new TreeAsOf(t.getId(), t.getName(), outcomeName, unit.format(outcome), unit.format(t.getTarget()), t.getTargetDate(),
                    gap == null ? "—" : gap.signum() == 0 ? "0" : unit.formatDelta(gap), gap == null ? "—" : gapLabel(unit, gap),
                    gap != null && gap.signum() >= 0, (int) list.stream().filter(n -> n.getKind() == NodeKind.LEVER).count(),
                    off.stream().filter(l -> l.treeId() == t.getId()).toList(), problem));
        }
        return List.copyOf(out);
    }

    private Map<String, LatestValue> latestValues(List<DriverNode> linked, LocalDate asOf) {
        Map<String, LatestValue> latest = new HashMap<>();
        if (!linked.isEmpty()) {
            scorecard.latestValues(linked.stream().map(DriverNode::getMetricKey).collect(Collectors.toSet()), asOf)
                    .forEach(v -> latest.put(v.metricKey() + "|" + v.segmentKey(), v));
        }
        return latest;
    }

    private static String periodLabel(String key, int fiscalStart) {
        try {
            return dev.cadence.period.Periods.parse(key, fiscalStart).longLabel();
        } catch (RuntimeException unreadable) {
            return key;
        }
    }

    private Map<Long, String> ownerNames() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
    }

    private static List<OffAssumptionLever> offAssumption(List<DriverNode> linked, Map<String, LatestValue> latest, Map<Long, String> segmentKeys,
                                                          Map<Long, String> treeNames, Map<Long, String> names, int fiscalStart) {
        List<OffAssumptionLever> out = new ArrayList<>();
        for (DriverNode n : linked) {
            LatestValue v = latest.get(linkKey(n, segmentKeys));
            LeverStatus status = status(n, v);
            if (status.offAssumption()) {
                BigDecimal assumptionAsScorecard = n.getUnit() == DriverUnit.PERCENT ? n.getAssumption().movePointRight(2) : n.getAssumption();
                out.add(new OffAssumptionLever(n.getTreeId(), treeNames.get(n.getTreeId()), n.getKey(), n.getName(), n.getOwnerId(),
                        names.get(n.getOwnerId()), n.getMetricKey(), segmentKeys.get(n.getSegmentId()), assumptionAsScorecard,
                        n.getUnit().format(n.getAssumption()), v.value(), n.getUnit().format(n.getUnit().fromScorecard(v.value())), v.periodKey(),
                        periodLabel(v.periodKey(), fiscalStart), status));
            }
        }
        return out;
    }

    /**
     * Every lever of every tree, trees in their order and levers in each tree's, for other features' pick-lists and
     * labels (an experiment's lever): three statements whatever the number of trees.
     */
    @Transactional(readOnly = true)
    public List<LeverRef> levers() {
        List<DriverTree> all = trees.findAllInOrder();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, DriverTree> byId = all.stream().collect(Collectors.toMap(DriverTree::getId, t -> t));
        Map<Long, String> segmentKeys = segmentKeys();
        return nodes.findByTrees(byId.keySet()).stream().filter(n -> n.getKind() == NodeKind.LEVER)
                .sorted(Comparator.comparingInt((DriverNode n) -> all.indexOf(byId.get(n.getTreeId()))))
                .map(n -> new LeverRef(n.getTreeId(), byId.get(n.getTreeId()).getName(), n.getKey(), n.getName(), n.getOwnerId(),
                        n.getSegmentId() == null ? null : segmentKeys.get(n.getSegmentId()), n.getMetricKey()))
                .toList();
    }

    /** The scorecard's approved metrics a lever may be linked to. */
    public List<MetricView> linkableMetrics() {
        return metrics.approved();
    }

    // ---- helpers ----

    private record ModelKey(String outcomeKey, List<ModelNode> nodes) {
    }

    /**
     * The tree compiled: kept while its nodes are exactly these (compared by value, so a change from any node
     * of the cluster compiles again), as compiling a tree of 200 nodes costs more than computing it.
     */
    private DriverModel model(String outcomeKey, List<DriverNode> list) {
        ModelKey key = new ModelKey(outcomeKey, list.stream().map(DriverNode::model).toList());
        return compiled.get(key, k -> DriverModel.of(k.nodes(), k.outcomeKey()));
    }

    private NodeView view(DriverNode n, DriverModel model, BigDecimal value, BigDecimal baselineValue, BigDecimal planValue,
                          LatestValue metric, Map<Long, PersonView> everyone, List<SegmentView> segments) {
        PersonView owner = n.getOwnerId() == null ? null : everyone.get(n.getOwnerId());
        SegmentView segment = segments.stream().filter(s -> Objects.equals(s.id(), n.getSegmentId())).findFirst().orElse(null);
        LeverStatus status = n.getMetricKey() == null ? null : status(n, metric);
        return new NodeView(n.getId(), n.getKey(), n.getName(), n.getKind(), n.getUnit(), n.getFormula(), n.getOwnerId(),
                owner == null ? null : owner.name(), segment == null ? null : segment.key(), segment == null ? null : segment.name(),
                n.getMetricKey(), metric == null ? n.getMetricKey() : metric.metricName(), n.getBaseline(), n.getAssumption(),
                n.getEvidence(), n.getStep(), n.isStepRelative(), n.getStep() == null ? null : DriverAnalysis.stepLabel(n.model()),
                value, baselineValue, planValue, metric == null ? null : n.getUnit().format(n.getUnit().fromScorecard(metric.value())),
                metric == null ? null : metric.periodKey(), status, model.uses(n.getKey()), n.getPosition(), n.getVersion());
    }

    private TreeBranch branch(long treeId, String key, Map<String, NodeView> views, DriverModel model, Map<String, Integer> order,
                              Set<String> drawn) {
        NodeView view = views.get(key);
        boolean outcome = key.equals(model.outcomeKey());
        if (!drawn.add(key)) {
            return new TreeBranch(treeId, view, outcome, true, List.of());
        }
        List<String> uses = new ArrayList<>(model.uses(key));
        uses.sort(Comparator.comparingInt(order::get));
        List<TreeBranch> children = new ArrayList<>();
        for (String used : uses) {
            children.add(branch(treeId, used, views, model, order, drawn));
        }
        return new TreeBranch(treeId, view, outcome, false, children);
    }

    private ScenarioView scenarioView(DriverScenario s, DriverModel model, DriverTree tree, DriverUnit unit,
                                      Map<Long, PersonView> everyone) {
        Map<String, BigDecimal> tried = new HashMap<>(model.assumptions());
        Map<String, String> shown = new LinkedHashMap<>();
        s.getValues().forEach((k, v) -> {
            ModelNode lever = model.node(k);
            if (lever != null && lever.lever()) {
                tried.put(k, v);
                shown.put(k, lever.unit().format(v));
            }
        });
        PersonView by = everyone.get(s.getCreatedBy());
        try {
            BigDecimal outcome = model.evaluate(tried).get(tree.getOutcomeKey());
            return new ScenarioView(s.getId(), s.getName(), by == null ? null : by.name(), s.getCreatedAt(), s.getValues(), shown,
                    outcome, unit.format(outcome), gapLabel(unit, outcome.subtract(tree.getTarget())), null);
        } catch (RuleViolationException e) {
            return new ScenarioView(s.getId(), s.getName(), by == null ? null : by.name(), s.getCreatedAt(), s.getValues(), shown,
                    null, "—", "—", e.getMessage());
        }
    }

    private SnapshotView snapshotView(DriverSnapshot s, Map<String, NodeView> views, FiscalQuarter now, Map<Long, PersonView> everyone) {
        DriverUnit outcomeUnit = s.getLines().stream().findFirst().map(DriverSnapshot.Line::unit).orElse(DriverUnit.MONEY);
        List<SnapshotView.Line> lines = new ArrayList<>();
        for (DriverSnapshot.Line l : s.getLines()) {
            NodeView current = views.get(l.nodeKey());
            String plannedThen = l.assumption() == null ? null : l.unit().format(l.assumption());
            String plannedNow = current == null || current.assumption() == null ? null : current.unit().format(current.assumption());
            String valueNow = current == null ? "removed" : current.planValueLabel();
            lines.add(new SnapshotView.Line(l.nodeKey(), l.nodeName(), plannedThen, plannedNow, l.unit().format(l.value()), valueNow,
                    current == null ? null : current.metricValue(),
                    current == null || current.planValue() == null || current.planValue().compareTo(l.value()) != 0));
        }
        String label;
        try {
            label = dev.cadence.period.Periods.parse(s.getQuarterKey(), company.profile().fiscalYearStartMonth()).longLabel();
        } catch (RuntimeException unreadable) {
            label = s.getQuarterKey();
        }
        PersonView by = everyone.get(s.getTakenBy());
        return new SnapshotView(s.getQuarterKey(), label + (s.getQuarterKey().equals(now.key()) ? " (this quarter)" : ""),
                outcomeUnit.format(s.getOutcome()), outcomeUnit.format(s.getTarget()), by == null ? null : by.name(), s.getTakenAt(), lines);
    }

    private NodeSpec spec(NodeInput input, DriverNode existing, int count) {
        String name = UserText.required(input.name(), NAME_MAX, "name", "Name the node, e.g. Win rate (Enterprise).");
        if (input.kind() == null) {
            throw new RuleViolationException("kind", "Choose whether the node is an input lever or computed by a formula.");
        }
        if (input.unit() == null) {
            throw new RuleViolationException("unit", "Choose the node's unit.");
        }
        DriverUnit unit = input.unit();
        int position = input.position() != null ? input.position() : existing != null ? existing.getPosition() : (count + 1) * 10;
        if (input.kind() == NodeKind.COMPUTED) {
            String formula = UserText.required(input.formula(), TEXT_MAX, "formula",
                    "Write the formula over other nodes' keys, e.g. opportunities * win_rate * asp.");
            Long owner = input.ownerId() == null ? null : requireOwner(input.ownerId());
            return new NodeSpec(name, NodeKind.COMPUTED, unit, formula, owner, null, null, null, null, null, false, null, position);
        }
        if (input.ownerId() == null) {
            throw new RuleViolationException("ownerId", "A lever has exactly one accountable owner: choose them.");
        }
        Long owner = requireOwner(input.ownerId());
        if (input.assumption() == null) {
            throw new RuleViolationException("assumption", "Enter the assumption (the planned value), e.g. " + example(unit) + ".");
        }
        BigDecimal assumption = unit.read(input.assumption(), "assumption");
        BigDecimal baseline = unit.read(input.baseline(), "baseline");
        BigDecimal step = null;
        boolean relative = false;
        if (input.step() != null) {
            TypedNumber s = input.step();
            if (s.symbol() == TypedNumber.Symbol.PERCENT && unit != DriverUnit.PERCENT) {
                relative = true;
                step = dev.cadence.scorecard.MetricUnit.COUNT.read(new TypedNumber(s.value()), "step").movePointLeft(2);
            } else {
                step = unit == DriverUnit.PERCENT ? s.value().movePointLeft(2) : unit.read(s, "step");
                if (unit == DriverUnit.PERCENT) {
                    dev.cadence.scorecard.MetricUnit.PERCENT.read(new TypedNumber(s.value().abs()), "step");
                }
            }
            if (step.signum() == 0) {
                throw new RuleViolationException("step", "A step of zero moves nothing: leave it blank to hold the lever fixed.");
            }
        }
        Long segmentId = null;
        if (input.segmentKey() != null && !input.segmentKey().isBlank()) {
            segmentId = company.segments().stream().filter(s -> s.key().equals(input.segmentKey())).map(SegmentView::id).findFirst()
                    .orElseThrow(() -> new RuleViolationException("segmentKey", "No segment is called " + input.segmentKey() + "."));
        }
        String metricKey = input.metricKey() == null || input.metricKey().isBlank() ? null : input.metricKey().trim();
        if (metricKey != null) {
            MetricView metric;
            try {
                metric = metrics.get(metricKey);
            } catch (NotFoundException e) {
                throw new RuleViolationException("metricKey", "No scorecard metric has the key " + metricKey + ".");
            }
            if (!compatible(metric.unit(), unit)) {
                throw new RuleViolationException("metricKey", metric.name() + " is counted in " + metric.unit().label()
                        + ", and this lever in " + unit.label() + ": link a metric of the lever's unit.");
            }
        }
        String evidence = UserText.optional(input.evidence(), TEXT_MAX, "evidence");
        return new NodeSpec(name, NodeKind.LEVER, unit, null, owner, segmentId, metricKey, baseline, assumption, step, relative,
                evidence, position);
    }

    private static boolean compatible(MetricUnit metric, DriverUnit unit) {
        return switch (unit) {
            case MONEY -> metric == MetricUnit.CURRENCY;
            case PERCENT -> metric == MetricUnit.PERCENT;
            case COUNT -> metric == MetricUnit.COUNT;
            case RATIO -> metric == MetricUnit.RATIO;
        };
    }

    private Long requireOwner(long ownerId) {
        PersonView owner;
        try {
            owner = people.get(ownerId);
        } catch (RuntimeException unknown) {
            throw new RuleViolationException("ownerId", "Choose the owner among the people of the company.");
        }
        if (!owner.mayOwnWork()) {
            throw new RuleViolationException("ownerId", owner.name() + " cannot own a lever: choose an active member of the team who writes "
                    + "(not the board).");
        }
        return owner.id();
    }

    private static ModelNode model(String key, NodeSpec s) {
        return new ModelNode(key, s.name(), s.kind(), s.unit(), s.formula(), s.baseline(), s.assumption(), s.step(), s.stepRelative());
    }

    /** The tree as it would be: compiled and computed at the assumptions and the baselines, or refused. */
    private static void check(List<ModelNode> models, String outcomeKey, String valueField) {
        DriverModel model = DriverModel.of(models, outcomeKey);
        for (Map<String, BigDecimal> values : List.of(model.evaluate(model.assumptions()), model.evaluate(model.baselines()))) {
            for (ModelNode n : models) {
                BigDecimal v = values.get(n.key());
                if (v != null && v.abs().compareTo(LARGEST) >= 0) {
                    throw new RuleViolationException(n.lever() ? valueField : "formula", n.name() + " comes to " + v.round(new java.math.MathContext(3))
                            + ", more than a tree keeps (up to 14 digits): check its formula and values.");
                }
            }
        }
    }

    /** What a snapshot keeps: values up to 14 digits before the point. */
    private static final BigDecimal LARGEST = new BigDecimal("1e14");

    private void requireVersion(DriverNode node, long expectedVersion) {
        if (node.getVersion() == expectedVersion) {
            return;
        }
        throw new StaleEditException(staleMessage(node.getName(), readableHistory(node.getId()), node.getVersion() - expectedVersion));
    }

    /** "Someone saved X while you were editing…", with who changed what in the {@code missed} saves since. */
    private static String staleMessage(String what, List<ChangeSet> sets, long missed) {
        int shown = (int) Math.max(1, Math.min(sets.size(), missed));
        StringBuilder message = new StringBuilder("Someone saved " + what + " while you were editing, so your change was not saved. ");
        for (ChangeSet set : sets.subList(Math.max(0, sets.size() - shown), sets.size())) {
            message.append(set.author()).append(" changed ").append(set.changes().stream()
                    .map(c -> c.field() + " from \"" + (c.from() == null ? "—" : c.from()) + "\" to \"" + (c.to() == null ? "—" : c.to()) + "\"")
                    .collect(Collectors.joining("; "))).append(". ");
        }
        message.append("Your edit is still in the form: review it against theirs and save again.");
        return message.toString();
    }

    /** The node's history with owners and segments by name. */
    private List<ChangeSet> readableHistory(long nodeId) {
        Map<Long, String> names = people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
        Map<Long, String> segmentNames = company.segments().stream().collect(Collectors.toMap(SegmentView::id, SegmentView::name));
        return history.of(DriverNode.class, nodeId, NODE_FIELDS).stream().map(set -> new ChangeSet(set.revision(), set.at(),
                set.author(), set.kind(), set.changes().stream().map(c -> switch (c.field()) {
                    case "Owner" -> new dev.cadence.history.FieldChange(c.field(), person(c.from(), names), person(c.to(), names));
                    case "Segment" -> new dev.cadence.history.FieldChange(c.field(), person(c.from(), segmentNames), person(c.to(), segmentNames));
                    default -> c;
                }).toList())).toList();
    }

    private static String person(String id, Map<Long, String> names) {
        if (id == null) {
            return null;
        }
        try {
            return names.getOrDefault(Long.parseLong(id), id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private Map<Long, String> segmentKeys() {
        return company.segments().stream().collect(Collectors.toMap(SegmentView::id, SegmentView::key));
    }

    private Map<String, LatestValue> latest(List<DriverNode> list) {
        Set<String> keys = list.stream().map(DriverNode::getMetricKey).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, LatestValue> out = new HashMap<>();
        scorecard.latestValues(keys, LocalDate.now(clock)).forEach(v -> out.put(v.metricKey() + "|" + v.segmentKey(), v));
        return out;
    }

    private static String linkKey(DriverNode n, Map<Long, String> segmentKeys) {
        return n.getMetricKey() + "|" + (n.getSegmentId() == null ? null : segmentKeys.get(n.getSegmentId()));
    }

    /** The linked metric's newest value against the lever's assumption, in the metric's direction. */
    static LeverStatus status(DriverNode n, LatestValue metric) {
        if (n.getMetricKey() == null || n.getKind() != NodeKind.LEVER) {
            return LeverStatus.NO_DATA;
        }
        if (metric == null || n.getAssumption() == null) {
            return LeverStatus.NO_DATA;
        }
        BigDecimal actual = n.getUnit().fromScorecard(metric.value());
        BigDecimal plan = n.getAssumption();
        BigDecimal shortfall = metric.direction() == Direction.HIGHER_IS_BETTER ? plan.subtract(actual) : actual.subtract(plan);
        if (shortfall.signum() <= 0) {
            return LeverStatus.ON_PLAN;
        }
        BigDecimal band = plan.abs().multiply(BigDecimal.valueOf(LeverStatus.SLIPPING_BAND_PERCENT)).movePointLeft(2);
        return shortfall.compareTo(band) <= 0 ? LeverStatus.SLIPPING : LeverStatus.OFF_PLAN;
    }

    static String gapLabel(DriverUnit unit, BigDecimal gap) {
        if (gap.signum() == 0) {
            return "on target";
        }
        return unit.format(gap.abs()) + (gap.signum() < 0 ? " short of target" : " above target");
    }

    private static String requireKey(String key, String field) {
        String k = key == null ? "" : key.trim();
        if (!KEY.matcher(k).matches()) {
            throw new RuleViolationException(field, "A key is 1 to 60 lowercase letters, digits and underscores, starting with a letter, "
                    + "e.g. win_rate_ent: formulas use it.");
        }
        if (RESERVED.contains(k)) {
            throw new RuleViolationException(field, k + " is a name formulas keep for a constant: choose another key.");
        }
        return k;
    }

    static String example(DriverUnit unit) {
        return switch (unit) {
            case MONEY -> "$1.2M or 450k";
            case PERCENT -> "24 or 24%";
            case COUNT -> "1,200";
            case RATIO -> "3.2";
        };
    }

    private static NotFoundException notFound(long treeId) {
        return new NotFoundException("There is no value-driver tree " + treeId + ".");
    }
}
