package dev.cadence.scorecard;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.period.Cadence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A metric of one test's own, with a key nobody else uses, so that the test asserts on its own
 * rows and never changes the demo's: by default an approved weekly percentage, higher is better,
 * owned by RevOps, company-wide only, with a 10% at-risk band and no target. Created by RevOps.
 *
 * <pre>{@code
 * MetricView metric = MetricFixture.metric(definitions, people).ownedBy(vpcs).unit(MetricUnit.CURRENCY)
 *         .target(lastWeek.key(), null, "120000").create();
 * }</pre>
 */
public final class MetricFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private record Target(String fromPeriodKey, String segmentKey, BigDecimal value) {
    }

    private final MetricDefinitionService definitions;
    private final CadenceUser revops;
    private final List<Target> targets = new ArrayList<>();
    private String keyPrefix = "fixture";
    private String name = "Fixture metric";
    private String definition = "A metric made for one test";
    private MetricUnit unit = MetricUnit.PERCENT;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Cadence cadence = Cadence.WEEKLY;
    private long ownerId;
    private boolean segmented;
    private BigDecimal atRiskBandPercent = BigDecimal.TEN;
    private GovernanceStatus status = GovernanceStatus.APPROVED;

    private MetricFixture(MetricDefinitionService definitions, PersonService people) {
        this.definitions = definitions;
        this.revops = people.principalOf("revops");
        this.ownerId = revops.personId();
    }

    public static MetricFixture metric(MetricDefinitionService definitions, PersonService people) {
        return new MetricFixture(definitions, people);
    }

    /** The start of the key (a unique suffix follows), to tell the test's metrics apart in a failure. */
    public MetricFixture key(String prefix) {
        this.keyPrefix = prefix;
        return this;
    }

    public MetricFixture named(String name) {
        this.name = name;
        return this;
    }

    public MetricFixture defined(String definition) {
        this.definition = definition;
        return this;
    }

    public MetricFixture unit(MetricUnit unit) {
        this.unit = unit;
        return this;
    }

    public MetricFixture lowerIsBetter() {
        this.direction = Direction.LOWER_IS_BETTER;
        return this;
    }

    public MetricFixture cadence(Cadence cadence) {
        this.cadence = cadence;
        return this;
    }

    public MetricFixture ownedBy(long personId) {
        this.ownerId = personId;
        return this;
    }

    /** With a value per segment besides the company-wide one. */
    public MetricFixture segmented() {
        this.segmented = true;
        return this;
    }

    public MetricFixture atRiskBand(String percent) {
        this.atRiskBandPercent = new BigDecimal(percent);
        return this;
    }

    /** Draft, proposed or retired metrics stay off the scorecard; approved (the default) ones are on it. */
    public MetricFixture status(GovernanceStatus status) {
        this.status = status;
        return this;
    }

    /** A target from this period on (until a later one replaces it), company-wide when the segment is null. */
    public MetricFixture target(String fromPeriodKey, String segmentKey, String value) {
        targets.add(new Target(fromPeriodKey, segmentKey, new BigDecimal(value)));
        return this;
    }

    /** The definition as given so far (for an edit or a proposal in the test). */
    public MetricSpec spec() {
        return new MetricSpec(name, definition, "Counted for the test", unit, direction, cadence, ownerId, Indicator.LEADING,
                "Pipeline", segmented, atRiskBandPercent, "Test data", 900);
    }

    public MetricView create() {
        String key = keyPrefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 10_000_000;
        definitions.create(key, spec(), status, revops);
        for (Target t : targets) {
            definitions.setTarget(key, t.fromPeriodKey(), t.segmentKey(), t.value(), revops);
        }
        return definitions.get(key);
    }
}
