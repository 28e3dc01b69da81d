package dev.cadence.drivers;

/**
 * A node's row in "the tree in numbers": what the row reads, so that each is rendered once and kept while it is the
 * same ({@link dev.cadence.web.RenderedFragments}): a what-if renders again only the rows it moved.
 *
 * @param whatIf the table has a what-if column
 */
public record NodeRow(long treeId, NodeView node, boolean whatIf) {

    /** "/drivers/3/levers/win_rate". */
    public String href() {
        return "/drivers/" + treeId + "/levers/" + node.key();
    }
}
