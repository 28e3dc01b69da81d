package dev.cadence.boardpack;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A version of a quarter's pack as its page (and its PDF) shows it.
 *
 * @param stored      whether the version exists in the database (a quarter's first draft exists once someone writes to it)
 * @param packVersion the version's version, which a finalize must have seen (0 before it is stored)
 * @param latest      whether it is the quarter's newest version
 * @param canWrite    whether the reader may write its commentary, finalize it or make a new version
 */
public record PackPage(String quarterKey, int number, PackStatus status, boolean stored, long packVersion, Paper paper,
                       PackContent content, Map<PackSection, CommentaryView> commentary, List<PackVersion> versions, String sha256,
                       String finalizedBy, Instant finalizedAt, boolean latest, boolean canWrite) {

    public boolean isFinal() {
        return status == PackStatus.FINAL;
    }

    public CommentaryView commentaryOf(PackSection section) {
        return commentary.getOrDefault(section, CommentaryView.none(section));
    }

    /** The summary's commentary: the leadership's headline, or null. */
    public String headline() {
        CommentaryView c = commentaryOf(PackSection.SUMMARY);
        return c.written() ? c.body() : null;
    }

    public List<PackSection> sections() {
        return List.of(PackSection.values());
    }

    public boolean editable() {
        return canWrite && !isFinal();
    }

    /** Whether a new version can be made from this one: the newest, final. */
    public boolean canMakeNewVersion() {
        return canWrite && isFinal() && latest;
    }

    /** "/board-packs/FY2027-Q3.pdf?version=2". */
    public String pdfHref() {
        return "/board-packs/" + quarterKey + ".pdf?version=" + number;
    }

    public PackRef ref() {
        return new PackRef(quarterKey, number, packVersion, editable());
    }

    public long writtenCount() {
        return commentary.values().stream().filter(CommentaryView::written).count();
    }
}
