package dev.cadence.drivers;

import dev.cadence.meetings.AgendaTemplates;
import dev.cadence.meetings.MeetingPanel;
import dev.cadence.meetings.PanelContent;
import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The forecast review's "Value drivers off their assumptions": each tree's outcome at the plan against its target, and
 * the levers whose linked metric is off the assumption, as they stood on the meeting's day ({@link DriverService#asOf}):
 * a past meeting keeps the plan and the metrics of its day. Everyone signed in reads trees, so it checks no role.
 */
@Component
class LeversOffPanel implements MeetingPanel {

    private final DriverService drivers;

    LeversOffPanel(DriverService drivers) {
        this.drivers = drivers;
    }

    /** The trees of the day; {@code day} is what the panel is as of. */
    public record View(LocalDate day, List<TreeAsOf> trees) {
    }

    @Override
    public String key() {
        return AgendaTemplates.DRIVERS_LEVERS_OFF;
    }

    @Override
    public String title() {
        return "Value-driver trees: the outcome, the gap, and the levers off their assumptions";
    }

    @Override
    public PanelContent render(LocalDate asOf, CadenceUser viewer) {
        List<TreeAsOf> trees = drivers.asOf(asOf);
        int off = trees.stream().mapToInt(t -> t.offLevers().size()).sum();
        String summary = trees.isEmpty() ? "No value-driver tree recorded by this day"
                : trees.get(0).name() + ": " + trees.get(0).outcomeLabel() + " at plan, " + trees.get(0).gapLabel() + "; "
                + (off == 0 ? "every linked lever on its assumption" : off + (off == 1 ? " lever" : " levers") + " off assumption");
        return new PanelContent("drivers/panel :: levers-off", new View(asOf, trees), summary);
    }
}
