package dev.cadence.scorecard;

import dev.cadence.web.TypedNumber;

/** What the definition page's "Set a target" form posts; the target as people type it (see {@code web.NumberFormatter}). */
public class TargetForm {

    private String effectiveFrom;
    private String segment;
    private TypedNumber target;

    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public TypedNumber getTarget() { return target; }
    public void setTarget(TypedNumber target) { this.target = target; }
}
