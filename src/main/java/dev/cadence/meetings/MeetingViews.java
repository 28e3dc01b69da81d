package dev.cadence.meetings;

import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The views the series, meeting and recap pages share: sections with their items, series, participants. */
@Component
class MeetingViews {

    private final MeetingSectionRepository sections;
    private final PersonService people;

    MeetingViews(MeetingSectionRepository sections, PersonService people) {
        this.sections = sections;
        this.people = people;
    }

    /** The meeting's sections with the items given (those the viewer may see), the current one marked while live. */
    List<SectionView> sections(Meeting meeting, List<AgendaItem> visible, long viewerId) {
        Map<Long, List<ItemView>> bySection = new LinkedHashMap<>();
        for (AgendaItem i : visible) {
            bySection.computeIfAbsent(i.getSectionId(), k -> new ArrayList<>()).add(ItemView.of(i, viewerId));
        }
        return sections.findByMeetingIdOrderByPosition(meeting.getId()).stream()
                .map(s -> new SectionView(s.getId(), s.getPosition(), s.getKind(), s.getTitle(), s.getPrompt(), s.getMinutes(),
                        meeting.getStatus() == MeetingStatus.LIVE && Objects.equals(meeting.getCurrentSectionId(), s.getId()),
                        bySection.getOrDefault(s.getId(), List.of()), s.getPanelKey()))
                .toList();
    }

    static SeriesView series(MeetingSeries s, List<TemplateSection> agenda, Map<Long, PersonView> everyone, boolean canEdit) {
        return new SeriesView(s.getId(), s.getName(), s.getKind(), s.schedule(), s.getStatus(), participants(s, everyone),
                agenda.stream().map(t -> new SeriesView.TemplateSectionView(t.getId(), t.getPosition(), t.getKind(), t.getTitle(),
                        t.getPrompt(), t.getMinutes(), t.getVersion(), t.getPanelKey())).toList(), canEdit, s.getVersion());
    }

    static List<SeriesView.Participant> participants(MeetingSeries s, Map<Long, PersonView> everyone) {
        return s.getParticipantIds().stream().map(everyone::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(PersonView::name))
                .map(p -> new SeriesView.Participant(p.id(), p.name(), p.title())).toList();
    }

    Map<Long, PersonView> peopleById() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
    }
}
