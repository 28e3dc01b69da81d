package dev.cadence.drivers;

import dev.cadence.company.SegmentView;
import dev.cadence.people.PersonView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a tree's page shows, read once and the same for every viewer (so it is kept; what the viewer may do is
 * the controller's): the tree drawn, every node, the outcome against its target at the plan, at the baselines and
 * (when one is tried) at a what-if, the sensitivity, the tornado, the goal seek of the chosen lever, the scenarios
 * beside the plan and the quarterly snapshots.
 *
 * @param seek                the goal seek of the lever chosen (or of the widest tornado bar's), or null in a tree
 *                            without levers
 * @param quarterLabel        this fiscal quarter, "Q4 FY2027"
 * @param snapshotThisQuarter this quarter's snapshot is kept
 * @param whatIf              a what-if is being tried (the outcome, gap and sentences are its own)
 * @param whatIfError         why the what-if cannot be computed (a number that is no number, a division by zero), or null
 */
public record TreePage(long id, String name, String description, NodeView outcome, BigDecimal target, String targetLabel,
                       LocalDate targetDate, String outcomeLabel, String planOutcomeLabel, String baselineOutcomeLabel,
                       BigDecimal gap, String gapLabel, boolean onTarget, List<NodeView> nodes, TreeBranch root,
                       List<NodeView> unused, List<Sensitivity> sensitivities, List<TornadoBar> tornado, int swingPercent,
                       double tornadoHeight, GoalSeek seek, List<ScenarioView> scenarios, List<NodeView> scenarioLevers,
                       List<SnapshotView> snapshots, String quarterLabel, boolean snapshotThisQuarter, boolean whatIf,
                       String whatIfError, String whatIfScenario, long version, List<PersonView> owners,
                       List<SegmentView> segments, int leverCount) {

    /** "−$1.15M": the outcome less the target, signed. */
    public String gapDelta() {
        return gap.signum() == 0 ? "0" : outcome.unit().formatDelta(gap);
    }

    /** The levers, in the tree's order: what the goal seek may be asked of. */
    public List<NodeView> levers() {
        return nodes.stream().filter(NodeView::lever).toList();
    }

    /** The rows of "the tree in numbers". */
    public List<NodeRow> rows() {
        return nodes.stream().map(n -> new NodeRow(id, n, whatIf)).toList();
    }

    public double tornadoWidth() {
        return DriverAnalysis.TORNADO_WIDTH;
    }

    public double tornadoRow() {
        return DriverAnalysis.TORNADO_ROW;
    }
}
