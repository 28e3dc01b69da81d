package dev.cadence.scorecard;

import dev.cadence.history.AuditedField;
import dev.cadence.history.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a definition as people read them in history and proposals ("Owner: Daniel Okafor
 * → Sam Whitaker"), in one place for both.
 */
final class MetricFields {

    private MetricFields() {
    }

    private record Field(String label, Function<MetricSpec, Object> value) {
    }

    private static List<Field> fields(Map<Long, String> ownerNames) {
        return List.of(
                new Field("Name", MetricSpec::name),
                new Field("Definition", MetricSpec::definition),
                new Field("Calculation", MetricSpec::calculation),
                new Field("Unit", s -> s.unit() == null ? null : s.unit().label()),
                new Field("Direction", s -> s.direction() == null ? null : s.direction().label()),
                new Field("Cadence", s -> s.cadence() == null ? null : s.cadence().label()),
                new Field("Owner", s -> s.ownerId() == null ? null : ownerNames.getOrDefault(s.ownerId(), "person #" + s.ownerId())),
                new Field("Leading or lagging", s -> s.indicator() == null ? null : s.indicator().label()),
                new Field("Lever", MetricSpec::lever),
                new Field("Segment breakdown", s -> s.segmented() ? "By segment" : "Company-wide only"),
                new Field("At-risk band", s -> s.atRiskBandPercent() == null ? null
                        : s.atRiskBandPercent().stripTrailingZeros().toPlainString() + "% of target"),
                new Field("Data source", MetricSpec::dataSource),
                new Field("Display order", MetricSpec::displayOrder));
    }

    /** What differs between two versions of a definition, field by field. */
    static List<FieldChange> diff(MetricSpec before, MetricSpec after, Map<Long, String> ownerNames) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : fields(ownerNames)) {
            String from = text(field.value().apply(before));
            String to = text(field.value().apply(after));
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(field.label(), from, to));
            }
        }
        return changes;
    }

    /** The audited fields of the definition entity, for {@link dev.cadence.history.History}. */
    static List<AuditedField<MetricDefinition>> audited(Map<Long, String> ownerNames) {
        List<AuditedField<MetricDefinition>> audited = new ArrayList<>();
        for (Field field : fields(ownerNames)) {
            audited.add(AuditedField.of(field.label(), m -> field.value().apply(m.spec())));
        }
        audited.add(AuditedField.of("Governance status", m -> m.getStatus() == null ? null : m.getStatus().label()));
        return audited;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
