package dev.cadence.meetings;

/**
 * What a {@link MeetingPanel} shows: a Thymeleaf fragment of its feature's templates and the object it renders.
 * <p>
 * The fragment ({@code "pipeline/panels :: what-moved"}) is inserted with these variables: {@code panel}, the
 * {@code data} given here; {@code asOf}, the day it is as of; {@code pdf}, {@code true} when it is typeset into the
 * recap's PDF; {@code meetingId}, the meeting whose page shows it when the viewer may change that meeting now (else
 * {@code null}), so that a link may take its action into the meeting (the experiments' decision in the council). It is rendered on the meeting page, the recap page and the PDF alike, so it is well-formed XHTML, uses
 * no link expressions ({@code @{…}}: the PDF has no web request; write {@code th:href="${'/pipeline/deals/' + d.id()}"}),
 * no script and no inline style, and shows its numbers as text (tables; a chart only {@code th:unless="${pdf}"}).
 * Its classes come from {@code cadence.css} on the pages; the PDF styles {@code table.panel-table} and
 * {@code .panel-*} classes of {@code meetings/recap-pdf.html}.
 *
 * @param fragment the fragment, as {@code template :: name}
 * @param data     what the fragment reads as {@code panel}
 * @param summary  one line that says what the panel shows ("$1.2M pushed out, 3 deals"), or {@code null}
 */
public record PanelContent(String fragment, Object data, String summary) {

    public PanelContent {
        if (fragment == null || !fragment.contains("::")) {
            throw new IllegalArgumentException("A panel names its fragment as template :: name, not " + fragment);
        }
    }

    public PanelContent(String fragment, Object data) {
        this(fragment, data, null);
    }
}
