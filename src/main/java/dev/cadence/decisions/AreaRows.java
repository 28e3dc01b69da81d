package dev.cadence.decisions;

import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.period.FiscalQuarter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Rows of the decision-rights map: an area with one cell per member of the leadership team, and its reopenings. */
@Component
class AreaRows {

    private final DecisionAreaRepository areas;
    private final DecisionRightRepository rights;
    private final ReopeningRepository reopenings;
    private final PersonService people;
    private final CurrentQuarter currentQuarter;

    AreaRows(DecisionAreaRepository areas, DecisionRightRepository rights, ReopeningRepository reopenings,
             PersonService people, CurrentQuarter currentQuarter) {
        this.areas = areas;
        this.rights = rights;
        this.reopenings = reopenings;
        this.people = people;
        this.currentQuarter = currentQuarter;
    }

    /** Every area's row, in the map's order, in a fixed number of queries whatever the number of areas. */
    List<AreaRow> all(List<PersonView> team, FiscalQuarter quarter) {
        Map<Long, Long> reopenedThisQuarter = new HashMap<>();
        for (Object[] row : reopenings.countByAreaBetween(currentQuarter.startOf(quarter), currentQuarter.endOf(quarter))) {
            reopenedThisQuarter.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, List<DecisionRight>> byArea = rights.findAllAssigned().stream()
                .collect(Collectors.groupingBy(DecisionRight::getAreaId));
        Map<Long, String> names = names(people.everyone());
        return areas.findAllOrdered().stream()
                .map(a -> row(a, byArea.getOrDefault(a.getId(), List.of()), team, names,
                        reopenedThisQuarter.getOrDefault(a.getId(), 0L)))
                .toList();
    }

    /** The area's row as it is now, with this quarter's reopenings. */
    AreaRow of(DecisionArea area) {
        List<PersonView> everyone = people.everyone();
        return of(area, everyone, currentQuarter.quarter());
    }

    /** The same, for a caller that has already read {@code everyone} and the quarter. */
    AreaRow of(DecisionArea area, List<PersonView> everyone, FiscalQuarter quarter) {
        return row(area, rights.findByAreaId(area.getId()), people.leadershipTeam(), names(everyone),
                reopenings.countForAreaBetween(area.getId(), currentQuarter.startOf(quarter), currentQuarter.endOf(quarter)));
    }

    private static AreaRow row(DecisionArea a, List<DecisionRight> cells, List<PersonView> team, Map<Long, String> names,
                               long reopenedThisQuarter) {
        Map<Long, RightRole> roles = new HashMap<>();
        cells.forEach(c -> roles.put(c.getPersonId(), c.getRole()));
        List<RightCell> row = team.stream()
                .map(p -> new RightCell(a.getId(), p.id(), p.name(), roles.get(p.id()))).toList();
        String decider = cells.stream().filter(c -> c.getRole() == RightRole.DECIDE)
                .map(c -> names.get(c.getPersonId())).findFirst().orElse(null);
        return new AreaRow(a.getId(), a.getName(), a.getDescription(), a.getStatus(), row, decider, reopenedThisQuarter,
                a.getReopenCount(), a.getLockedByName(), a.getLockedAt(), a.getUpdatedBy(), a.getUpdatedAt(), a.getVersion());
    }

    /** People's names by id. */
    static Map<Long, String> names(List<PersonView> everyone) {
        return everyone.stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
    }
}
