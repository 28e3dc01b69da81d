package dev.cadence.people;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words why Cadence refused to start without an administrator, and what to set. */
class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
        return new FailureAnalysis("Cadence refused to start: " + cause.getMessage(),
                "Set CADENCE_ADMIN_EMAIL and CADENCE_ADMIN_PASSWORD (8 to 64 characters, not a common password) to create the first "
                        + "administrator, then start again.", cause);
    }
}
