package dev.cadence.drivers;

import dev.cadence.meetings.WhatChangedSource;
import dev.cadence.people.CadenceUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The 1:1's "what changed since last week" cites each lever whose linked metric is off its assumption on the
 * meeting's day ({@link DriverService#leversOffAssumption}): off plan first, then slipping. Everyone signed in reads
 * trees, so it checks no role.
 */
@Component
class LeversOffAssumptionCitations implements WhatChangedSource {

    private final DriverService drivers;

    LeversOffAssumptionCitations(DriverService drivers) {
        this.drivers = drivers;
    }

    @Override
    public List<Citation> citations(Occasion occasion, CadenceUser preparer) {
        return drivers.leversOffAssumption(occasion.day()).stream()
                .sorted(java.util.Comparator.comparing((OffAssumptionLever l) -> l.status() != LeverStatus.OFF_PLAN))
                .map(l -> new Citation(l.sentence(), l.href(), "Value drivers"))
                .toList();
    }
}
