package dev.cadence.charter;

import java.util.ArrayList;
import java.util.List;

/**
 * The charter's form, to edit it (the CEO) or propose a change (everyone else but the board): every section with its
 * title and text and a box to remove it, an empty section at the end to add one, what changed and why, and the version
 * the person read.
 */
public class CharterForm {

    private int version;
    private String rationale;
    private List<SectionForm> sections = new ArrayList<>();

    /** One section of the form; a blank key is a new section. */
    public static class SectionForm {
        private String key;
        private String title;
        private String body;
        private boolean remove;

        public SectionForm() {
        }

        SectionForm(String key, String title, String body) {
            this.key = key;
            this.title = title;
            this.body = body;
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }

        /** Enough rows to show the text without scrolling, within reason. */
        public int getRows() {
            if (body == null) {
                return 6;
            }
            int lines = 2;
            for (String line : body.split("\n", -1)) {
                lines += 1 + line.length() / 100;
            }
            return Math.max(6, Math.min(24, lines));
        }

        /** A section typed in the empty slot at the end. */
        public boolean isNew() {
            return key == null || key.isBlank();
        }
    }

    /** The charter as it is, with an empty section to add one at the end; a first charter starts from its usual four. */
    static CharterForm from(CharterView charter) {
        CharterForm form = new CharterForm();
        form.version = charter.number();
        if (!charter.written()) {
            for (String title : List.of("Ideal customer profile", "Positioning", "Pricing principles", "Who owns what")) {
                form.sections.add(new SectionForm(null, title, null));
            }
        }
        charter.sections().forEach(s -> form.sections.add(new SectionForm(s.key(), s.title(), s.body())));
        form.sections.add(new SectionForm());
        return form;
    }

    List<SectionDraft> drafts() {
        return sections.stream().map(s -> s == null ? null : new SectionDraft(s.key, s.title, s.body, s.remove)).toList();
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> sections) { this.sections = sections; }
}
