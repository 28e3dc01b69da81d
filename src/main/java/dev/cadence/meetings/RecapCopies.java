package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A closed meeting's recap as one participant receives it (the e-mail feature calls this for each copy it sends):
 * read with that participant's rights, like the recap page and its PDF, so a data panel shows what they may see
 * and their private points are theirs alone.
 */
@Service
public class RecapCopies {

    private final MeetingQueryService meetings;
    private final AgendaItemRepository items;
    private final MeetingPanels panels;
    private final RecapPdf pdf;

    RecapCopies(MeetingQueryService meetings, AgendaItemRepository items, MeetingPanels panels, RecapPdf pdf) {
        this.meetings = meetings;
        this.items = items;
        this.panels = panels;
        this.pdf = pdf;
    }

    /**
     * The recipient's copy, or nothing while the meeting is open.
     *
     * @throws org.springframework.security.access.AccessDeniedException the recipient no longer takes part in the series
     */
    public Optional<RecapCopy> copyFor(long meetingId, CadenceUser recipient) {
        return meetings.closedRecap(meetingId, recipient).map(recap -> {
            Map<Long, String> sectionTitles = recap.sections().stream()
                    .collect(Collectors.toMap(SectionView::id, SectionView::title));
            List<RecapCopy.PrivatePoint> mine = items.findPrivateOf(meetingId, recipient.personId()).stream()
                    .map(i -> new RecapCopy.PrivatePoint(sectionTitles.getOrDefault(i.getSectionId(), ""), i.getText(), i.getNotes()))
                    .toList();
            byte[] document = pdf.render(recap, panels.of(recap.meeting(), recap.sections(), recipient), false);
            return new RecapCopy(recap, mine, document, RecapController.pdfFileName(recap));
        });
    }
}
