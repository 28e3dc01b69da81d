package dev.cadence.drivers;

import dev.cadence.web.TypedNumber;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A tree's name, description, outcome target and date, as its structure editors change them. */
public class TreeSettingsForm {

    @Size(max = DriverService.NAME_MAX, message = "Keep the name under 120 characters.")
    private String name;
    @Size(max = DriverService.TEXT_MAX, message = "Keep the description under 2,000 characters.")
    private String description;
    private TypedNumber target;
    private LocalDate targetDate;
    private long version;

    static TreeSettingsForm from(TreePage tree) {
        TreeSettingsForm form = new TreeSettingsForm();
        form.name = tree.name();
        form.description = tree.description();
        form.target = new TypedNumber(new BigDecimal(tree.outcome().unit().typedBack(tree.target())));
        form.targetDate = tree.targetDate();
        form.version = tree.version();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public TypedNumber getTarget() { return target; }
    public void setTarget(TypedNumber target) { this.target = target; }
    public LocalDate getTargetDate() { return targetDate; }
    public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
