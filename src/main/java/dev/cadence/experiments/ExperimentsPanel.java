package dev.cadence.experiments;

import dev.cadence.meetings.MeetingPanel;
import dev.cadence.meetings.PanelContent;
import dev.cadence.people.CadenceUser;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The GTM council's "experiments" section: the experiments running on the meeting's day with their days left, and
 * those concluded by then still waiting for a decision ({@link ExperimentService#asOf}). Everyone reads the log, so
 * every viewer sees it.
 */
@Component
class ExperimentsPanel implements MeetingPanel {

    /** The key an agenda template names (the council's template in {@code meetings.AgendaTemplates}). */
    static final String KEY = "experiments";

    private final ExperimentService experiments;

    ExperimentsPanel(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "Experiments: running and waiting for a decision";
    }

    @Override
    public PanelContent render(LocalDate asOf, CadenceUser viewer) {
        ExperimentsAsOf now = experiments.asOf(asOf);
        return new PanelContent("experiments/panel :: meeting-panel", now, now.summary());
    }
}
