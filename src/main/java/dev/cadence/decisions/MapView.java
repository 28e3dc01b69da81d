package dev.cadence.decisions;

import dev.cadence.people.PersonView;
import java.util.List;

/** The decision-rights map: areas (rows) × the leadership team (columns). */
public record MapView(List<PersonView> people, List<AreaRow> areas, String quarterLabel, boolean canEdit) {
}
