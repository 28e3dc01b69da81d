package dev.cadence.scorecard;

import dev.cadence.period.Cadence;
import dev.cadence.web.TypedNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What the definition form posts (create, edit or propose). Its shape is checked here, every field at once;
 * the rules that need the database (a key taken, an active owner) in {@link MetricDefinitionService}.
 */
public class MetricForm extends GovernedForm<MetricSpec> {

    @NotBlank(message = "Give the metric a name.")
    @Size(max = 120, message = "Keep it under 120 characters.")
    private String name;
    @NotBlank(message = "Say in plain words what the metric means.")
    @Size(max = 2000, message = "Keep it under 2,000 characters.")
    private String definition;
    @NotBlank(message = "Say how it is calculated.")
    @Size(max = 2000, message = "Keep it under 2,000 characters.")
    private String calculation;
    @NotNull(message = "Choose a unit.")
    private MetricUnit unit;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Cadence cadence = Cadence.WEEKLY;
    @NotNull(message = "Every metric has exactly one owner: choose them.")
    private Long ownerId;
    private Indicator indicator = Indicator.LEADING;
    @NotBlank(message = "Name the lever it belongs to, e.g. Win rate or Pipeline.")
    @Size(max = 80, message = "Keep it under 80 characters.")
    private String lever;
    private boolean segmented;
    /** A percentage, typed as one ({@code 10} or {@code 10%}). */
    private TypedNumber atRiskBandPercent = new TypedNumber(BigDecimal.TEN);
    @NotBlank(message = "Name where the numbers come from, e.g. Salesforce opportunity report.")
    @Size(max = 200, message = "Keep it under 200 characters.")
    private String dataSource;
    /** The display order as posted by a client that does not place (tests, older forms); the form places instead. */
    private int displayOrder = 100;
    /** The metric this one comes after on the scorecard ({@code ""}: first); {@code null}: {@link #displayOrder} as posted. */
    private String placeAfter;
    /** A first target, company-wide, set with a new definition; optional, both or neither. */
    private TypedNumber firstTarget;
    @Size(max = 20, message = "A period is written like 2026-W48, 2026-12 or FY2027-Q4.")
    private String firstTargetFrom;

    static MetricForm from(MetricView m) {
        MetricForm f = new MetricForm();
        f.name = m.name();
        f.definition = m.definition();
        f.calculation = m.calculation();
        f.unit = m.unit();
        f.direction = m.direction();
        f.cadence = m.cadence();
        f.ownerId = m.ownerId();
        f.indicator = m.indicator();
        f.lever = m.lever();
        f.segmented = m.segmented();
        f.atRiskBandPercent = TypedNumber.of(m.atRiskBandPercent());
        f.dataSource = m.dataSource();
        f.displayOrder = m.displayOrder();
        f.read(m);
        return f;
    }

    /** The definition as typed; a band typed as no percentage ({@code $10}) is refused here, on its field. */
    @Override
    MetricSpec spec() {
        return new MetricSpec(name, definition, calculation, unit, direction, cadence, ownerId, indicator, lever, segmented,
                MetricUnit.PERCENT.read(atRiskBandPercent, "atRiskBandPercent"), dataSource, displayOrder);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public String getCalculation() { return calculation; }
    public void setCalculation(String calculation) { this.calculation = calculation; }
    public MetricUnit getUnit() { return unit; }
    public void setUnit(MetricUnit unit) { this.unit = unit; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public Cadence getCadence() { return cadence; }
    public void setCadence(Cadence cadence) { this.cadence = cadence; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public Indicator getIndicator() { return indicator; }
    public void setIndicator(Indicator indicator) { this.indicator = indicator; }
    public String getLever() { return lever; }
    public void setLever(String lever) { this.lever = lever; }
    public boolean isSegmented() { return segmented; }
    public void setSegmented(boolean segmented) { this.segmented = segmented; }
    public TypedNumber getAtRiskBandPercent() { return atRiskBandPercent; }
    public void setAtRiskBandPercent(TypedNumber atRiskBandPercent) { this.atRiskBandPercent = atRiskBandPercent; }
    public String getDataSource() { return dataSource; }
    public void setDataSource(String dataSource) { this.dataSource = dataSource; }
    /** The first target as the service takes it (none when neither field was filled in). */
    MetricDefinitionService.FirstTarget first() {
        return new MetricDefinitionService.FirstTarget(firstTargetFrom, firstTarget);
    }

    public int getDisplayOrder() { return displayOrder; }
    public void setDisplayOrder(int displayOrder) { this.displayOrder = displayOrder; }
    public String getPlaceAfter() { return placeAfter; }
    public void setPlaceAfter(String placeAfter) { this.placeAfter = placeAfter; }
    public TypedNumber getFirstTarget() { return firstTarget; }
    public void setFirstTarget(TypedNumber firstTarget) { this.firstTarget = firstTarget; }
    public String getFirstTargetFrom() { return firstTargetFrom; }
    public void setFirstTargetFrom(String firstTargetFrom) { this.firstTargetFrom = firstTargetFrom; }
}
