package dev.cadence.drivers;

import java.util.List;

/**
 * The tree as drawn: a node and the nodes its formula uses. A node used by several formulas is drawn in full
 * under the first and as a reference ({@code reference}) under the others.
 */
public record TreeBranch(NodeView node, boolean reference, List<TreeBranch> children) {
}
