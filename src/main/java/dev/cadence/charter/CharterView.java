package dev.cadence.charter;

import java.util.List;

/**
 * The charter at one version: its sections and how that version came about. Version 0 is the charter before anyone
 * wrote it: no sections, no {@code about}.
 */
public record CharterView(int number, List<CharterSection> sections, VersionSummary about, int currentNumber) {

    public boolean written() {
        return number > 0;
    }

    /** Whether this is the version everyone reads now. */
    public boolean current() {
        return number == currentNumber;
    }
}
