package dev.cadence.scorecard;

/** What the glossary form posts (create, edit or propose). The rules live in {@link GlossaryService}. */
public class GlossaryForm {

    private String key;
    private String term;
    private String definition;
    private String example;
    private long version;
    private String rationale;

    static GlossaryForm from(TermView t) {
        GlossaryForm f = new GlossaryForm();
        f.key = t.key();
        f.term = t.term();
        f.definition = t.definition();
        f.example = t.example();
        f.version = t.version();
        return f;
    }

    TermSpec spec() {
        return new TermSpec(term, definition, example);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public String getExample() { return example; }
    public void setExample(String example) { this.example = example; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
}
