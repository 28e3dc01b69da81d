package dev.cadence.drivers;

import dev.cadence.web.TypedNumber;
import jakarta.validation.constraints.Size;

/** A lever's owner changes its plan: the assumption (as people type it) and the evidence for it. */
public class PlanForm {

    private TypedNumber assumption;
    @Size(max = DriverService.TEXT_MAX, message = "Keep the evidence under 2,000 characters.")
    private String evidence;
    private long version;

    static PlanForm from(NodeView node) {
        PlanForm form = new PlanForm();
        form.assumption = node.assumption() == null ? null : new TypedNumber(new java.math.BigDecimal(node.unit().typedBack(node.assumption())));
        form.evidence = node.evidence();
        form.version = node.version();
        return form;
    }

    public TypedNumber getAssumption() { return assumption; }
    public void setAssumption(TypedNumber assumption) { this.assumption = assumption; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
