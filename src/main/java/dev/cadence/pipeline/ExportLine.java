package dev.cadence.pipeline;

import java.util.List;

/** A line of an export: the deal it states, or what is wrong with it (then {@code deal} is {@code null}). */
public record ExportLine(int line, DealLine deal, List<String> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
