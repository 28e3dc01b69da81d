package dev.cadence.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One section of a stored version: a row of {@code charter_section}, in its version's order. */
@Embeddable
class SectionText {

    @Column(nullable = false)
    private String key;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    protected SectionText() {
    }

    SectionText(CharterSection section) {
        this.key = section.key();
        this.title = section.title();
        this.body = section.body();
    }

    CharterSection section() {
        return new CharterSection(key, title, body);
    }
}
