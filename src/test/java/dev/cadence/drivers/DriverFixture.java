package dev.cadence.drivers;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.TypedNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small tree of the test's own: ending = start + new − churn; new = opportunities × win rate × ASP; churn =
 * start × monthly churn × 12 (assumptions 40M, 400, 25%, $50K, 1%: ending $40.2M against a $41M target).
 */
final class DriverFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private DriverFixture() {
    }

    static long smallTree(DriverService drivers, CadenceUser structure, long leverOwner, String metricKey) {
        long id = drivers.createTree("Fixture tree " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(), null, "ending_arr",
                "Ending ARR", DriverUnit.MONEY, typed("41000000"), LocalDate.of(2027, 1, 31), structure);
        lever(drivers, id, "starting_arr", "Starting ARR", DriverUnit.MONEY, structure.personId(), "40000000", null, null, structure);
        lever(drivers, id, "opportunities", "Opportunities", DriverUnit.COUNT, leverOwner, "400", "10%", null, structure);
        lever(drivers, id, "win_rate", "Win rate", DriverUnit.PERCENT, leverOwner, "25", "1", metricKey, structure);
        lever(drivers, id, "asp", "ASP", DriverUnit.MONEY, structure.personId(), "50000", "5000", null, structure);
        lever(drivers, id, "churn_rate", "Monthly churn", DriverUnit.PERCENT, structure.personId(), "1", "-0.1", null, structure);
        computed(drivers, id, "new_arr", "New ARR", "opportunities * win_rate * asp", structure);
        computed(drivers, id, "churned_arr", "Churned ARR", "starting_arr * churn_rate * 12", structure);
        NodeView outcome = drivers.node(id, "ending_arr", structure).node();
        drivers.saveNode(id, "ending_arr", new NodeInput(null, "Ending ARR", NodeKind.COMPUTED, DriverUnit.MONEY,
                "starting_arr + new_arr - churned_arr", null, null, null, null, null, null, null, 0), outcome.version(), structure);
        return id;
    }

    static void lever(DriverService drivers, long id, String key, String name, DriverUnit unit, long owner, String assumption,
                      String step, String metricKey, CadenceUser actor) {
        TypedNumber s = step == null ? null : step.endsWith("%")
                ? new TypedNumber(new BigDecimal(step.substring(0, step.length() - 1)), TypedNumber.Symbol.PERCENT, false, step)
                : typed(step);
        drivers.saveNode(id, null, new NodeInput(key, name, NodeKind.LEVER, unit, null, owner, null, metricKey, typed(assumption),
                typed(assumption), s, "Fixture evidence", null), null, actor);
    }

    static void computed(DriverService drivers, long id, String key, String name, String formula, CadenceUser actor) {
        drivers.saveNode(id, null, new NodeInput(key, name, NodeKind.COMPUTED, DriverUnit.MONEY, formula, null, null, null, null, null,
                null, null, null), null, actor);
    }

    static TypedNumber typed(String number) {
        return number == null ? null : new TypedNumber(new BigDecimal(number));
    }
}
