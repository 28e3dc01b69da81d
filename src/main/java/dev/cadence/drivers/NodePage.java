package dev.cadence.drivers;

import dev.cadence.history.ChangeSet;
import java.util.List;

/** One node's page: the node in its tree, its history (newest first), its sensitivity and goal seek, who uses it. */
public record NodePage(TreePage tree, NodeView node, List<ChangeSet> history, Sensitivity sensitivity, GoalSeek goalSeek,
                       List<NodeView> usedBy) {
}
