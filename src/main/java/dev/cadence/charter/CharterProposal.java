package dev.cadence.charter;

import dev.cadence.governance.ChangeProposal;
import java.util.List;

/** A proposed change to the charter as its page shows it: the governed proposal, and what it would change now, word by word. */
public record CharterProposal(ChangeProposal proposal, List<ChangeView> changes) {
}
