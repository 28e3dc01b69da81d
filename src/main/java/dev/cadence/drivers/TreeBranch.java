package dev.cadence.drivers;

import java.util.List;

/**
 * The tree as drawn: a node and the nodes its formula uses. A node used by several formulas is drawn in full
 * under the first and as a reference ({@code reference}) under the others. A branch carries what its drawing reads
 * (the tree, whether it is the outcome), so that each is drawn once and kept while it is the same
 * ({@link dev.cadence.web.RenderedFragments}): a what-if draws again only the branches it moved.
 */
public record TreeBranch(long treeId, NodeView node, boolean outcome, boolean reference, List<TreeBranch> children) {

    /** "/drivers/3/levers/win_rate". */
    public String href() {
        return "/drivers/" + treeId + "/levers/" + node.key();
    }
}
