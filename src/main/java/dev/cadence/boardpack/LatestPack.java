package dev.cadence.boardpack;

import java.time.Instant;

/** The newest final board pack, as the board's Home points to it: its quarter ("FY2027-Q3"), version and when it was finalized. */
public record LatestPack(String quarterKey, int number, Instant finalizedAt) {

    /** The pack's page: {@code /board-packs/FY2027-Q3?version=2}. */
    public String path() {
        return "/board-packs/" + quarterKey + "?version=" + number;
    }

    /** Its PDF, as stored when it was finalized. */
    public String pdfPath() {
        return "/board-packs/" + quarterKey + ".pdf?version=" + number;
    }
}
