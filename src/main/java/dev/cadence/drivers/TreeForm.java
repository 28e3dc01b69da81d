package dev.cadence.drivers;

import dev.cadence.web.TypedNumber;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new tree: its name, its outcome node and the outcome's target and date. */
public class TreeForm {

    @Size(max = DriverService.NAME_MAX, message = "Keep the name under 120 characters.")
    private String name;
    @Size(max = DriverService.TEXT_MAX, message = "Keep the description under 2,000 characters.")
    private String description;
    @Size(max = 60, message = "A key is at most 60 characters.")
    private String outcomeKey = "ending_arr";
    @Size(max = DriverService.NAME_MAX, message = "Keep the name under 120 characters.")
    private String outcomeName = "Ending ARR";
    @NotNull(message = "Choose the outcome's unit.")
    private DriverUnit unit = DriverUnit.MONEY;
    private TypedNumber target;
    private LocalDate targetDate;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOutcomeKey() { return outcomeKey; }
    public void setOutcomeKey(String outcomeKey) { this.outcomeKey = outcomeKey; }
    public String getOutcomeName() { return outcomeName; }
    public void setOutcomeName(String outcomeName) { this.outcomeName = outcomeName; }
    public DriverUnit getUnit() { return unit; }
    public void setUnit(DriverUnit unit) { this.unit = unit; }
    public TypedNumber getTarget() { return target; }
    public void setTarget(TypedNumber target) { this.target = target; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
}
