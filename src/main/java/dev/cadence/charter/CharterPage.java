package dev.cadence.charter;

import dev.cadence.governance.ChangeProposal;
import java.util.List;

/**
 * What {@code /charter} shows: the charter now, its versions (newest first), the proposals waiting for the CEO with what
 * each would change, and the proposals decided already (newest first).
 */
public record CharterPage(CharterView current, List<VersionSummary> history, List<CharterProposal> waiting,
                          List<ChangeProposal> decided) {
}
