package dev.cadence.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.exception.RevisionDoesNotExistException;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of one entity as change sets, oldest first, in one query whatever the
 * number of revisions. Each feature says which fields matter and how they read.
 */
@Service
@Transactional(readOnly = true)
public class History {

    @PersistenceContext
    private EntityManager entityManager;

    /** The change sets of the entity with this id, oldest first. */
    public <T> List<ChangeSet> of(Class<T> type, Object id, List<AuditedField<T>> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<ChangeSet> sets = new ArrayList<>();
        T previous = null;
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T state = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            List<FieldChange> changes = new ArrayList<>();
            for (AuditedField<T> field : fields) {
                String before = previous == null ? null : field.reader().apply(previous);
                String after = revisionType == RevisionType.DEL ? null : field.reader().apply(state);
                if (!Objects.equals(before, after)) {
                    changes.add(new FieldChange(field.label(), before, after));
                }
            }
            String kind = switch (revisionType) {
                case ADD -> "created";
                case MOD -> "changed";
                case DEL -> "deleted";
            };
            if (!changes.isEmpty() || revisionType != RevisionType.MOD) {
                sets.add(new ChangeSet(revision.getId(), revision.getAt(), revision.getPersonName(), kind, changes));
            }
            previous = state;
        }
        return sets;
    }

    /** The last revision recorded on or before {@code at}, if any: what {@link #atRevision} reads things as of. One query. */
    public java.util.OptionalInt revisionAt(java.time.Instant at) {
        try {
            return java.util.OptionalInt.of(AuditReaderFactory.get(entityManager).getRevisionNumberForDate(java.util.Date.from(at)).intValue());
        } catch (RevisionDoesNotExistException nothingYet) {
            return java.util.OptionalInt.empty();
        }
    }

    /**
     * The entities of this type as they stood at that revision: each in the state of its last revision up to it, those
     * deleted by then left out. One query, whatever the history.
     */
    public <T> List<T> atRevision(Class<T> type, int revision) {
        @SuppressWarnings("unchecked")
        List<T> states = AuditReaderFactory.get(entityManager).createQuery().forEntitiesAtRevision(type, revision).getResultList();
        return states;
    }
}
