package dev.cadence.scorecard;

import dev.cadence.history.AuditedField;
import dev.cadence.history.FieldChange;
import dev.cadence.period.Cadence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a definition as people read them in history and proposals ("Owner: Daniel Okafor
 * → Sam Whitaker"), in one place for both; and as text by name, the way proposals keep them.
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

    /** The fields as text by name, for {@link dev.cadence.governance.Proposals}; {@link #spec} reads them back. */
    static Map<String, String> values(MetricSpec s) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", s.name());
        values.put("definition", s.definition());
        values.put("calculation", s.calculation());
        values.put("unit", s.unit() == null ? null : s.unit().name());
        values.put("direction", s.direction() == null ? null : s.direction().name());
        values.put("cadence", s.cadence() == null ? null : s.cadence().name());
        values.put("ownerId", text(s.ownerId()));
        values.put("indicator", s.indicator() == null ? null : s.indicator().name());
        values.put("lever", s.lever());
        values.put("segmented", text(s.segmented()));
        values.put("atRiskBandPercent", s.atRiskBandPercent() == null ? null
                : s.atRiskBandPercent().stripTrailingZeros().toPlainString());
        values.put("dataSource", s.dataSource());
        values.put("displayOrder", text(s.displayOrder()));
        return values;
    }

    static MetricSpec spec(Map<String, String> v) {
        return new MetricSpec(v.get("name"), v.get("definition"), v.get("calculation"),
                parse(v.get("unit"), MetricUnit::valueOf), parse(v.get("direction"), Direction::valueOf),
                parse(v.get("cadence"), Cadence::valueOf), parse(v.get("ownerId"), Long::valueOf),
                parse(v.get("indicator"), Indicator::valueOf), v.get("lever"), Boolean.parseBoolean(v.get("segmented")),
                parse(v.get("atRiskBandPercent"), BigDecimal::new), v.get("dataSource"),
                Integer.parseInt(v.get("displayOrder")));
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        return text == null ? null : parser.apply(text);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
