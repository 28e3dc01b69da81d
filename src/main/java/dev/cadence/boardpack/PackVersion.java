package dev.cadence.boardpack;

import java.time.Instant;

/** One version of a quarter's pack in the list and the version switcher. */
public record PackVersion(int number, PackStatus status, String finalizedBy, Instant finalizedAt, String sha256) {

    public boolean isFinal() {
        return status == PackStatus.FINAL;
    }

    /** The first twelve hex digits of the PDF's SHA-256, as people compare them. */
    public String shortHash() {
        return sha256 == null ? null : sha256.substring(0, 12);
    }
}
