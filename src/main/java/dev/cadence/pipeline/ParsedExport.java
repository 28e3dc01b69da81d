package dev.cadence.pipeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a file holds: its format, each deal line with its errors, and what is wrong with the file as a
 * whole (no id column, no known header). Nothing of it is stored.
 */
public record ParsedExport(ExportFormat format, List<ExportLine> lines, List<String> fileErrors) {

    static ParsedExport refused(ExportFormat format, String error) {
        return new ParsedExport(format, List.of(), List.of(error));
    }

    public boolean ok() {
        return fileErrors.isEmpty() && lines.stream().allMatch(ExportLine::ok);
    }

    public List<DealLine> deals() {
        return lines.stream().map(ExportLine::deal).filter(Objects::nonNull).toList();
    }

    /** The stages of the deals that have no forecast category of their own, in the order they appear. */
    public Set<String> stagesWithoutCategory() {
        Set<String> stages = new LinkedHashSet<>();
        for (DealLine d : deals()) {
            if (d.forecastCategory() == null) {
                stages.add(d.stage());
            }
        }
        return stages;
    }
}
