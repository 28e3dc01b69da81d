package dev.cadence.meetings;

import java.util.List;

/**
 * One participant's copy of a closed meeting's recap, rendered as that participant: the shared recap, their own
 * private points (nobody else's), and the recap's PDF as they would download it.
 */
public record RecapCopy(RecapView recap, List<PrivatePoint> privatePoints, byte[] pdf, String pdfFileName) {

    /** A private point of the recipient's, in its section. */
    public record PrivatePoint(String section, String text, String notes) {
    }
}
