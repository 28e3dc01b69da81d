package dev.cadence.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-decision and edit forms, bound field by field. What every decision needs is checked here, all
 * at once; the rules that need the database or the intent (the decider check, an outcome to decide) by the service.
 */
public class DecisionForm {

    @NotBlank(message = "Give the decision a title, e.g. \"Discounts above 20% need CRO and CFO approval\".")
    private String title;
    private String context;
    private String options;
    private String positions;
    private String decision;
    private String rationale;
    @NotNull(message = "Choose who decides: an active person of the company.")
    private Long deciderId;
    private Long areaId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    private String message;
    private String overrideReason;
    private Long supersedes;
    private long version;

    static DecisionForm from(DecisionView d) {
        DecisionForm f = new DecisionForm();
        f.title = d.title();
        f.context = d.context();
        f.options = d.options();
        f.positions = d.positions();
        f.decision = d.decision();
        f.rationale = d.rationale();
        f.deciderId = d.deciderId();
        f.areaId = d.areaId();
        f.decidedOn = d.decidedOn();
        f.message = d.message();
        f.overrideReason = d.overrideReason();
        f.version = d.version();
        return f;
    }

    DecisionDraft draft(Long meetingId, String meetingLabel) {
        return new DecisionDraft(title, context, options, positions, decision, rationale,
                deciderId == null ? -1 : deciderId, areaId, decidedOn, meetingId, meetingLabel, message, overrideReason);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContext() { return context; }
    public void setContext(String context) { this.context = context; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public String getPositions() { return positions; }
    public void setPositions(String positions) { this.positions = positions; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public Long getDeciderId() { return deciderId; }
    public void setDeciderId(Long deciderId) { this.deciderId = deciderId; }
    public Long getAreaId() { return areaId; }
    public void setAreaId(Long areaId) { this.areaId = areaId; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public Long getSupersedes() { return supersedes; }
    public void setSupersedes(Long supersedes) { this.supersedes = supersedes; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
