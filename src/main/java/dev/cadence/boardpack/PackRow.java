package dev.cadence.boardpack;

import java.util.List;

/**
 * A quarter in the list of packs: its versions, newest first (none when nobody has written to it yet).
 *
 * @param current whether it is the quarter in progress
 */
public record PackRow(String quarterKey, String label, String longLabel, boolean current, List<PackVersion> versions) {

    public PackVersion newest() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public PackVersion newestFinal() {
        return versions.stream().filter(PackVersion::isFinal).findFirst().orElse(null);
    }

    public String href() {
        return "/board-packs/" + quarterKey;
    }
}
