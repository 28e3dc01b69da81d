package dev.cadence.scorecard;

import dev.cadence.web.TypedNumber;

/** What a cell's editor posts: the value (as people type it, see {@code web.NumberFormatter}), the narrative, the version seen. */
public class ValueEntryForm {

    private TypedNumber value;
    private String narrative;
    private Long version;

    /** The editor as it opens on a cell: what is stored now. */
    static ValueEntryForm from(CellView cell) {
        ValueEntryForm form = new ValueEntryForm();
        form.value = cell.value() == null ? null : new TypedNumber(cell.value());
        form.narrative = cell.narrative();
        form.version = cell.version();
        return form;
    }

    public TypedNumber getValue() { return value; }
    public void setValue(TypedNumber value) { this.value = value; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
