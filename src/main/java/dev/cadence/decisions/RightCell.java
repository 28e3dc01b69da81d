package dev.cadence.decisions;

/** One cell of the map as the page shows it; {@code role} null = empty. */
public record RightCell(long areaId, long personId, String personName, RightRole role) {

    public String roleKey() {
        return role == null ? "" : role.name();
    }

    public String description() {
        return personName + ": " + (role == null ? "no part" : role.label());
    }
}
