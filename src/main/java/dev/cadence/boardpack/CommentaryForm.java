package dev.cadence.boardpack;

/** A section's commentary as typed, with the version of the commentary the writer saw (none when there was none). */
public class CommentaryForm {

    private String body;
    private Long version;
    private String section;

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** The section's address part ({@code summary}), set from the address, for the box to know it holds what was typed. */
    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }
}
