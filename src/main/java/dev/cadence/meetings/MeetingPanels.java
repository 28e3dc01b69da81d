package dev.cadence.meetings;

import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every {@link MeetingPanel} bean by its key, and the panels of a meeting's sections computed as of its day. Called by
 * the meeting page, the recap and its PDF, after the meeting was read (and its permission checked), outside any
 * transaction: a panel that fails costs its section a note, never the page. The live poll never computes panels (they
 * do not change with the meeting's revision).
 */
@Component
class MeetingPanels {

    private static final Logger log = LoggerFactory.getLogger(MeetingPanels.class);

    private final Map<String, MeetingPanel> byKey;

    MeetingPanels(ObjectProvider<MeetingPanel> panels) {
        this.byKey = panels.orderedStream().collect(Collectors.toMap(MeetingPanel::key, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two meeting panels have the key " + a.key() + ": " + a + " and " + b);
        }, LinkedHashMap::new));
    }

    /** The panels of the meeting's panel sections, by section id, as of the meeting's day in the series' time zone. */
    Map<Long, PanelView> of(MeetingSummary meeting, List<SectionView> sections, CadenceUser viewer) {
        LocalDate asOf = meeting.startsAt().toLocalDate();
        Map<Long, PanelView> panels = new LinkedHashMap<>();
        for (SectionView s : sections) {
            if (s.panelKey() != null) {
                panels.put(s.id(), render(s.panelKey(), asOf, viewer));
            }
        }
        return panels;
    }

    /** The keys of the panels there are, and their titles. */
    Map<String, String> titles() {
        return byKey.values().stream().collect(Collectors.toMap(MeetingPanel::key, MeetingPanel::title, (a, b) -> a, LinkedHashMap::new));
    }

    private PanelView render(String key, LocalDate asOf, CadenceUser viewer) {
        MeetingPanel panel = byKey.get(key);
        if (panel == null) {
            return new PanelView(key, null, asOf, null,
                    "This section's data panel (" + key + ") is not part of this version of Cadence; it is an ordinary discussion.");
        }
        try {
            return new PanelView(key, panel.title(), asOf, panel.render(asOf, viewer), null);
        } catch (AccessDeniedException denied) {
            return new PanelView(key, panel.title(), asOf, null, "Its data is not shown to you: " + denied.getMessage());
        } catch (RuntimeException failed) {
            log.error("The meeting panel {} failed as of {}", key, asOf, failed);
            return new PanelView(key, panel.title(), asOf, null, "Its data could not be read just now; the rest of the meeting is unaffected.");
        }
    }
}
