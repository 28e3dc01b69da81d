package dev.cadence.experiments;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the scorecard says at the end: the success criterion met or not, a guardrail breached (whatever the
 * criterion), or no value in the window to judge by. Each supports some decisions; another decision goes
 * against the verdict and needs a reason.
 */
public enum Verdict {
    MET("Met", "status-on", EnumSet.of(Resolution.SCALE, Resolution.ITERATE)),
    NOT_MET("Not met", "status-off", EnumSet.of(Resolution.ITERATE, Resolution.RETIRE)),
    GUARDRAIL_BREACHED("Guardrail breached", "status-off", EnumSet.of(Resolution.ITERATE, Resolution.RETIRE)),
    NO_DATA("No data", "status-none", EnumSet.of(Resolution.ITERATE));

    private final String label;
    private final String cssClass;
    private final Set<Resolution> supported;

    Verdict(String label, String cssClass, Set<Resolution> supported) {
        this.label = label;
        this.cssClass = cssClass;
        this.supported = supported;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return cssClass;
    }

    /** Whether deciding so follows this verdict (otherwise the decision needs a reason). */
    public boolean supports(Resolution resolution) {
        return supported.contains(resolution);
    }

    /** "scale or iterate": the decisions this verdict supports, in words. */
    public String supportedWords() {
        return String.join(" or ", supported.stream().map(r -> r.label().toLowerCase()).toList());
    }
}
