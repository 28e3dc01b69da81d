package dev.cadence.drivers;

import dev.cadence.history.ChangeSet;
import java.util.List;

/**
 * One node's page: the node in its tree, its history (newest first), its sensitivity and goal seek, who uses it,
 * and what the viewer may do: change its plan (the lever's owner, or a structure editor) or its structure.
 */
public record NodePage(TreePage tree, NodeView node, List<ChangeSet> history, Sensitivity sensitivity, GoalSeek goalSeek,
                       List<NodeView> usedBy, boolean canPlan, boolean canEditStructure) {
}
