package dev.cadence.pipeline;

/**
 * Which of a snapshot's deals to list: by segment key, owner, forecast category, stage and the fiscal quarter
 * they close in ({@code FY2027-Q4}); {@code null} is any.
 */
public record DealFilter(String segment, String owner, ForecastCategory category, String stage, String quarter) {

    public static final DealFilter ANY = new DealFilter(null, null, null, null, null);

    public DealFilter {
        segment = blankToNull(segment);
        owner = blankToNull(owner);
        stage = blankToNull(stage);
        quarter = blankToNull(quarter);
    }

    public boolean any() {
        return segment != null || owner != null || category != null || stage != null || quarter != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
