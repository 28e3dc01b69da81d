package dev.cadence.scorecard;

/** What the pages of a governed subject (a metric definition, a glossary term) read of it alike. */
interface GovernedView {

    String key();

    /** The subject's name as people read it: a metric's name, a term. */
    String title();

    GovernanceStatus status();

    long version();
}
