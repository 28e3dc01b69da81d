package dev.cadence.scorecard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the glossary form posts (create, edit or propose). Its shape is checked here, every field at once;
 * the rules that need the database (a key taken) in {@link GlossaryService}.
 */
public class GlossaryForm extends GovernedForm<TermSpec> {

    @NotBlank(message = "Name the term, e.g. Qualified opportunity.")
    @Size(max = 80, message = "Keep it under 80 characters.")
    private String term;
    @NotBlank(message = "Say what the term means, so that everyone counts the same way.")
    @Size(max = 2000, message = "Keep it under 2,000 characters.")
    private String definition;
    @Size(max = 1000, message = "Keep the example under 1,000 characters.")
    private String example;

    static GlossaryForm from(TermView t) {
        GlossaryForm f = new GlossaryForm();
        f.term = t.term();
        f.definition = t.definition();
        f.example = t.example();
        f.read(t);
        return f;
    }

    @Override
    TermSpec spec() {
        return new TermSpec(term, definition, example);
    }

    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public String getExample() { return example; }
    public void setExample(String example) { this.example = example; }
}
