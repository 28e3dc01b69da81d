package dev.cadence.drivers;

/** The statement budgets of the drivers' pages (README, Performance). */
final class DriverStatementBudget {

    static final int TREE_PAGE = 12;
    static final int LIST_PAGE = 8;

    private DriverStatementBudget() {
    }
}
