package dev.cadence.scorecard;

import jakarta.validation.constraints.Pattern;

/**
 * What every governed subject's form posts besides its own fields: the key (only when the subject is
 * created; the others take it from the path), the version the person read, and a proposal's rationale.
 */
public abstract class GovernedForm<S> {

    @Pattern(regexp = Governance.KEY_PATTERN, message = Governance.KEY_MESSAGE)
    private String key;
    private long version;
    private String rationale;

    /** The subject's fields as the service takes them. */
    abstract S spec();

    void read(GovernedView subject) {
        key = subject.key();
        version = subject.version();
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
}
