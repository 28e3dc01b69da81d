package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;

/**
 * The changes every governed subject takes, whatever its fields ({@code S}, its spec): RevOps creates,
 * edits (on the version it read) and moves it through its statuses; everyone else but the board proposes.
 * {@link GovernedController} serves these as pages.
 */
interface GovernedDefinitions<V extends GovernedView, S> {

    V get(String key);

    V create(String key, S spec, GovernanceStatus status, CadenceUser actor);

    V update(String key, S spec, long expectedVersion, CadenceUser actor);

    V moveTo(String key, GovernanceStatus next, long expectedVersion, CadenceUser actor);

    ProposalView propose(String key, S spec, String rationale, CadenceUser actor);
}
