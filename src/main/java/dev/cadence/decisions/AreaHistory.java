package dev.cadence.decisions;

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
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * A decision area's history: its own changes and its cells' changes ("Cell Maya Chen: Consult →
 * Decide"), merged by revision, newest first.
 */
@Component
class AreaHistory {

    private final History history;

    @PersistenceContext
    private EntityManager entityManager;

    AreaHistory(History history) {
        this.history = history;
    }

    /** @param names people's names by id, for the cells */
    List<ChangeSet> of(long areaId, Map<Long, String> names) {
        List<ChangeSet> own = history.of(DecisionArea.class, areaId, List.of(
                AuditedField.<DecisionArea>of("Name", DecisionArea::getName),
                AuditedField.<DecisionArea>of("Description", DecisionArea::getDescription),
                AuditedField.<DecisionArea>of("Status", a -> a.getStatus() == null ? null : a.getStatus().label()),
                AuditedField.<DecisionArea>of("Locked by", DecisionArea::getLockedByName),
                AuditedField.<DecisionArea>of("Reopened", a -> a.getReopenCount() == 0 ? null : a.getReopenCount() + "×")));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(DecisionRight.class, false, true)
                .add(AuditEntity.property("areaId").eq(areaId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Long, RightRole> previous = new HashMap<>();
        TreeMap<Integer, ChangeSet> byRevision = new TreeMap<>();
        for (ChangeSet set : own) {
            byRevision.put(set.revision(), set);
        }
        Map<Integer, List<FieldChange>> cellChanges = new LinkedHashMap<>();
        Map<Integer, Revision> revisions = new HashMap<>();
        for (Object[] r : rows) {
            DecisionRight state = (DecisionRight) r[0];
            Revision revision = (Revision) r[1];
            RevisionType type = (RevisionType) r[2];
            Long personId = state.getPersonId();
            RightRole before = previous.get(state.getId());
            RightRole after = type == RevisionType.DEL ? null : state.getRole();
            if (personId != null) {
                previous.put(state.getId(), after);
            }
            if (!Objects.equals(before, after) && personId != null) {
                cellChanges.computeIfAbsent(revision.getId(), k -> new ArrayList<>()).add(new FieldChange(
                        "Cell " + names.getOrDefault(personId, "person " + personId),
                        before == null ? null : before.label(), after == null ? null : after.label()));
                revisions.put(revision.getId(), revision);
            }
        }
        cellChanges.forEach((rev, changes) -> {
            ChangeSet areaSet = byRevision.get(rev);
            if (areaSet == null) {
                Revision revision = revisions.get(rev);
                byRevision.put(rev, new ChangeSet(rev, revision.getAt(), revision.getPersonName(), "changed", changes));
            } else {
                List<FieldChange> all = new ArrayList<>(areaSet.changes());
                all.addAll(changes);
                byRevision.put(rev, new ChangeSet(rev, areaSet.at(), areaSet.author(), areaSet.kind(), all));
            }
        });
        List<ChangeSet> result = new ArrayList<>(byRevision.values());
        result.sort(Comparator.comparing(ChangeSet::revision).reversed());
        return result;
    }
}
