package dev.cadence.experiments;

import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.FieldChange;
import dev.cadence.history.History;
import dev.cadence.history.Revision;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * An experiment's history, newest first: its own fields' changes, its guardrails as a whole ("Guardrails: A → B"),
 * and an amendment's reason beside the change it explains, merged by revision. Four statements whatever its length.
 */
@Component
class ExperimentHistory {

    private final History history;

    @PersistenceContext
    private EntityManager entityManager;

    ExperimentHistory(History history) {
        this.history = history;
    }

    List<ChangeSet> of(long experimentId, ExperimentContext c) {
        List<ChangeSet> own = history.of(Experiment.class, experimentId, fields(c));
        TreeMap<Integer, ChangeSet> byRevision = new TreeMap<>();
        own.forEach(set -> byRevision.put(set.revision(), set));
        Map<Integer, Revision> revisions = new HashMap<>();
        Map<Integer, List<FieldChange>> extra = new LinkedHashMap<>();

        // Guardrails: replay each revision's rows, and compare the whole list before and after it.
        Map<Long, ExperimentSpec.GuardrailSpec> current = new HashMap<>();
        Map<Long, Integer> positions = new HashMap<>();
        Integer open = null;
        String before = null;
        for (Object[] row : guardrailRevisions(experimentId)) {
            Guardrail g = (Guardrail) row[0];
            Revision r = (Revision) row[1];
            if (open == null || open != r.getId()) {
                close(open, before, guardrails(current, positions, c), extra);
                open = r.getId();
                before = guardrails(current, positions, c);
                revisions.put(r.getId(), r);
            }
            if (row[2] == RevisionType.DEL) {
                current.remove(g.getId());
                positions.remove(g.getId());
            } else {
                current.put(g.getId(), g.spec());
                positions.put(g.getId(), g.getPosition());
            }
        }
        close(open, before, guardrails(current, positions, c), extra);

        for (Object[] row : revisionsOf(Amendment.class, experimentId)) {
            Amendment a = (Amendment) row[0];
            Revision r = (Revision) row[1];
            if (row[2] == RevisionType.ADD) {
                revisions.put(r.getId(), r);
                extra.computeIfAbsent(r.getId(), k -> new ArrayList<>()).add(new FieldChange("Reason for the amendment", null, a.getReason()));
            }
        }

        extra.forEach((rev, changes) -> {
            ChangeSet set = byRevision.get(rev);
            if (set == null) {
                Revision r = revisions.get(rev);
                byRevision.put(rev, new ChangeSet(rev, r.getAt(), r.getPersonName(), "changed", changes));
            } else {
                List<FieldChange> all = new ArrayList<>(set.changes());
                all.addAll(changes);
                byRevision.put(rev, new ChangeSet(rev, set.at(), set.author(), set.kind(), all));
            }
        });
        List<ChangeSet> newestFirst = new ArrayList<>(byRevision.values());
        newestFirst.sort(Comparator.comparing(ChangeSet::revision).reversed());
        return newestFirst;
    }

    private static void close(Integer revision, String before, String after, Map<Integer, List<FieldChange>> extra) {
        if (revision != null && !Objects.equals(before, after)) {
            extra.computeIfAbsent(revision, k -> new ArrayList<>()).add(new FieldChange("Guardrails", before, after));
        }
    }

    private static String guardrails(Map<Long, ExperimentSpec.GuardrailSpec> current, Map<Long, Integer> positions, ExperimentContext c) {
        if (current.isEmpty()) {
            return null;
        }
        return current.entrySet().stream().sorted(Comparator.comparing(e -> positions.get(e.getKey())))
                .map(e -> c.guardrail(e.getValue())).collect(Collectors.joining("; "));
    }

    /**
     * The guardrails' revisions, oldest first. A deleted row keeps only its id in the audit table, so deletions are
     * read by the ids the experiment's rows had.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> guardrailRevisions(long experimentId) {
        List<Object[]> rows = new ArrayList<>(revisionsOf(Guardrail.class, experimentId));
        List<Long> ids = rows.stream().map(r -> ((Guardrail) r[0]).getId()).distinct().toList();
        if (!ids.isEmpty()) {
            rows.addAll(AuditReaderFactory.get(entityManager).createQuery()
                    .forRevisionsOfEntity(Guardrail.class, false, true)
                    .add(AuditEntity.id().in(ids))
                    .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                    .getResultList());
            rows.sort(Comparator.comparingInt(r -> ((Revision) r[1]).getId()));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> revisionsOf(Class<?> type, long experimentId) {
        return AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.property("experimentId").eq(experimentId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }

    private static List<AuditedField<Experiment>> fields(ExperimentContext c) {
        return List.of(
                AuditedField.of("Title", Experiment::getTitle),
                AuditedField.of("Hypothesis", Experiment::getHypothesis),
                AuditedField.of("Lever", e -> c.leverLabel(e.getLeverTreeId(), e.getLeverKey(), e.getLeverMetricKey())),
                AuditedField.of("Expected impact", Experiment::getExpectedImpact),
                AuditedField.of("Success criterion", e -> c.criterion(e.getPrimaryMetricKey(), e.getSegmentId(), e.getBound(),
                        e.getThreshold(), e.getMeasure(), e.getWindowPeriods())),
                AuditedField.of("Owner", e -> c.personName(e.getOwnerId())),
                AuditedField.of("Decision area", e -> c.areaName(e.getDecisionAreaId())),
                AuditedField.of("Planned start", e -> ExperimentContext.day(e.getPlannedStart())),
                AuditedField.of("Planned end", e -> ExperimentContext.day(e.getPlannedEnd())),
                AuditedField.of("Status", e -> e.getStatus() == null ? null : e.getStatus().label()),
                AuditedField.of("Started on", e -> ExperimentContext.day(e.getStartedOn())),
                AuditedField.of("Ended on", e -> ExperimentContext.day(e.getEndedOn())),
                AuditedField.of("Why it stopped", Experiment::getStopReason),
                AuditedField.of("Observed result", Experiment::getObservedResult),
                AuditedField.of("Verdict", e -> e.getVerdict() == null ? null : e.getVerdict().label()),
                AuditedField.of("Decision", e -> e.getDecision() == null ? null : e.getDecision().label()),
                AuditedField.of("Rationale", Experiment::getDecisionRationale),
                AuditedField.of("Against the verdict because", Experiment::getAgainstVerdictReason),
                AuditedField.of("In the decision log", e -> e.getDecisionId() == null ? null : "decision " + e.getDecisionId()));
    }
}
