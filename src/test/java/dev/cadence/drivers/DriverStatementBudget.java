package dev.cadence.drivers;

/** The statement budgets of the drivers' pages (README, Performance). */
final class DriverStatementBudget {

    /** A tree's page computed: the first view after the tree (or what it shows) changed, or a what-if not tried before. */
    static final int TREE_PAGE = 10;
    /** A tree's page kept ({@link DriverCache}): the change counter, and the layout's company name. */
    static final int TREE_PAGE_KEPT = 2;
    static final int LIST_PAGE = 8;

    private DriverStatementBudget() {
    }
}
