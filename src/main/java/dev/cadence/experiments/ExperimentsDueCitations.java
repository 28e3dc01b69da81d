package dev.cadence.experiments;

import dev.cadence.meetings.MeetingKind;
import dev.cadence.meetings.WhatChangedSource;
import dev.cadence.people.CadenceUser;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The GTM council's "what changed this month" cites the experiments due ({@link ExperimentService#due}): those
 * concluded and waiting for their decision, those past their planned end, and those ending before the next council
 * (whose result would otherwise wait a month). Only the council decides on experiments, so other meetings get none.
 * Everyone reads the log, so it checks no role. First among the sources: the council acts on these.
 */
@Component
@Order(10)
class ExperimentsDueCitations implements WhatChangedSource {

    /** At most this many lines, the last saying how many more (the section lists a dozen in all). */
    static final int MOST = 4;

    private final ExperimentService experiments;

    ExperimentsDueCitations(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @Override
    public List<Citation> citations(Occasion occasion, CadenceUser preparer) {
        if (occasion.kind() != MeetingKind.GTM_COUNCIL) {
            return List.of();
        }
        // Ending before the next council's day: on that day or later, the next council takes it up.
        int beforeNext = (int) Math.max(0, ChronoUnit.DAYS.between(occasion.day(), occasion.nextDay()) - 1);
        List<ExperimentDue> due = experiments.due(occasion.day(), beforeNext);
        List<Citation> citations = new java.util.ArrayList<>();
        for (ExperimentDue d : due.subList(0, Math.min(due.size(), due.size() > MOST ? MOST - 1 : MOST))) {
            citations.add(new Citation("Experiment due: " + d.sentence() + ".", "/experiments/" + d.id(), "Experiment log"));
        }
        if (due.size() > MOST) {
            // The section's other sources still get their say: the rest are one line, linking to the log.
            int more = due.size() - (MOST - 1);
            citations.add(new Citation("And " + more + " more " + (more == 1 ? "experiment" : "experiments")
                    + " due: concluded and waiting for a decision, or ending before the next council.", "/experiments", "Experiment log"));
        }
        return citations;
    }
}
