package dev.cadence.api;

/** What a token may do: read (GET only) or read and write. */
public enum ApiScope {
    READ("Read"),
    READ_WRITE("Read and write");

    private final String label;

    ApiScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
