package dev.cadence.drivers;

import dev.cadence.web.TypedNumber;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A node as the structure's editors type it: a lever or a formula. */
public class NodeForm {

    @Size(max = 60, message = "A key is at most 60 characters.")
    private String key;
    @Size(max = DriverService.NAME_MAX, message = "Keep the name under 120 characters.")
    private String name;
    @NotNull(message = "Choose whether the node is an input lever or computed.")
    private NodeKind kind = NodeKind.LEVER;
    @NotNull(message = "Choose the node's unit.")
    private DriverUnit unit = DriverUnit.MONEY;
    @Size(max = DriverService.TEXT_MAX, message = "Keep the formula under 2,000 characters.")
    private String formula;
    private Long ownerId;
    private String segmentKey;
    private String metricKey;
    private TypedNumber baseline;
    private TypedNumber assumption;
    private TypedNumber step;
    @Size(max = DriverService.TEXT_MAX, message = "Keep the evidence under 2,000 characters.")
    private String evidence;
    private Integer position;
    private Long version;

    static NodeForm from(NodeView n) {
        NodeForm f = new NodeForm();
        f.key = n.key();
        f.name = n.name();
        f.kind = n.kind();
        f.unit = n.unit();
        f.formula = n.formula();
        f.ownerId = n.ownerId();
        f.segmentKey = n.segmentKey();
        f.metricKey = n.metricKey();
        f.baseline = typed(n.unit(), n.baseline());
        f.assumption = typed(n.unit(), n.assumption());
        if (n.step() != null) {
            f.step = n.stepRelative() ? new TypedNumber(n.step().movePointRight(2).stripTrailingZeros(), TypedNumber.Symbol.PERCENT, false,
                    n.step().movePointRight(2).stripTrailingZeros().toPlainString() + "%") : typed(n.unit(), n.step());
        }
        f.evidence = n.evidence();
        f.position = n.position();
        f.version = n.version();
        return f;
    }

    private static TypedNumber typed(DriverUnit unit, BigDecimal value) {
        return value == null ? null : new TypedNumber(new BigDecimal(unit.typedBack(value)));
    }

    NodeInput input() {
        return new NodeInput(key, name, kind, unit, formula, ownerId, segmentKey, metricKey, baseline, assumption, step, evidence, position);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public NodeKind getKind() { return kind; }
    public void setKind(NodeKind kind) { this.kind = kind; }
    public DriverUnit getUnit() { return unit; }
    public void setUnit(DriverUnit unit) { this.unit = unit; }
    public String getFormula() { return formula; }
    public void setFormula(String formula) { this.formula = formula; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getSegmentKey() { return segmentKey; }
    public void setSegmentKey(String segmentKey) { this.segmentKey = segmentKey; }
    public String getMetricKey() { return metricKey; }
    public void setMetricKey(String metricKey) { this.metricKey = metricKey; }
    public TypedNumber getBaseline() { return baseline; }
    public void setBaseline(TypedNumber baseline) { this.baseline = baseline; }
    public TypedNumber getAssumption() { return assumption; }
    public void setAssumption(TypedNumber assumption) { this.assumption = assumption; }
    public TypedNumber getStep() { return step; }
    public void setStep(TypedNumber step) { this.step = step; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
