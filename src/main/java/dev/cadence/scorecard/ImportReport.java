package dev.cadence.scorecard;

import java.util.List;

/** What an import would do (preview) or did (commit), row by row. Nothing is stored unless every row is valid. */
public record ImportReport(List<ImportRow> rows, List<String> fileErrors, boolean committed) {

    public long created() {
        return count("create");
    }

    public long updated() {
        return count("update");
    }

    public long unchanged() {
        return count("unchanged");
    }

    public long errors() {
        return fileErrors.size() + rows.stream().filter(r -> r.error() != null).count();
    }

    public boolean valid() {
        return errors() == 0 && !rows.isEmpty();
    }

    public String summary() {
        return created() + " new, " + updated() + " corrected, " + unchanged() + " unchanged";
    }

    private long count(String action) {
        return rows.stream().filter(r -> action.equals(r.action())).count();
    }
}
