package dev.cadence.drivers;

/**
 * A lever of a tree as other features cite and choose it (an experiment's lever): its tree, key, name, owner,
 * segment key ({@code null}: company-wide) and linked scorecard metric ({@code null}: none).
 */
public record LeverRef(long treeId, String treeName, String key, String name, Long ownerId, String segmentKey, String metricKey) {

    /** "Win rate · Mid-market (FY2027 ARR plan)". */
    public String label() {
        return name + " (" + treeName + ")";
    }
}
