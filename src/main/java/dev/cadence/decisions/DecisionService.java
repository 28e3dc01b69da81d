package dev.cadence.decisions;

import dev.cadence.history.AuditedField;
import dev.cadence.history.ChangeSet;
import dev.cadence.history.History;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.UserText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision log: recording, proposing, deciding, reopening and superseding decisions, each
 * decider checked against the decision-rights map. Meetings record their decisions through
 * {@link #record(DecisionDraft, CadenceUser)} and read them back with {@link #fromMeeting(long)}.
 */
@Service
@Transactional
public class DecisionService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final int TEXT = 4000;

    private final DecisionRepository decisions;
    private final ReopeningRepository reopenings;
    private final DecisionAreaRepository areas;
    private final DecisionRightsService rights;
    private final PersonService people;
    private final History history;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    DecisionService(DecisionRepository decisions, ReopeningRepository reopenings, DecisionAreaRepository areas,
                    DecisionRightsService rights, PersonService people, History history, Clock clock) {
        this.decisions = decisions;
        this.reopenings = reopenings;
        this.areas = areas;
        this.rights = rights;
        this.people = people;
        this.history = history;
        this.clock = clock;
    }

    // ---- the contract with meetings ----

    /**
     * Records a decision as decided. When the decider does not hold Decide for the area on the map,
     * {@code overrideReason} must say why; it is stored with the decision.
     *
     * @throws DeciderNotEntitledException the decider lacks Decide and no reason was given (nothing saved)
     * @throws RuleViolationException      a required part is missing or too long (nothing saved)
     */
    public DecisionSummary record(DecisionDraft draft, CadenceUser by) {
        return create(draft, DecisionStatus.DECIDED, null, by);
    }

    /**
     * Records a decision as decided, as {@link #record(DecisionDraft, CadenceUser)} does, linking back to where it came
     * from (an experiment, a charter version): the decision's page shows that link.
     */
    public DecisionSummary record(DecisionDraft draft, DecisionOrigin origin, CadenceUser by) {
        return create(draft, DecisionStatus.DECIDED, origin, by);
    }

    /** The decisions a meeting recorded, in the order they were recorded; one query. */
    @Transactional(readOnly = true)
    public List<DecisionSummary> fromMeeting(long meetingId) {
        return summaries("where d.meetingId = :meeting order by d.id", Map.of("meeting", meetingId));
    }

    /** How many decisions each of these meetings recorded (meetings that recorded none are left out); one query. */
    @Transactional(readOnly = true)
    public Map<Long, Long> countsByMeeting(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : decisions.countByMeeting(meetingIds)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The decisions reopened in [from, to), whatever their status now; one query. */
    @Transactional(readOnly = true)
    public List<DecisionSummary> reopenedBetween(Instant from, Instant to) {
        return summaries("where d.id in (select r.decisionId from Reopening r where r.reopenedAt >= :from "
                + "and r.reopenedAt < :to) order by d.id", Map.of("from", from, "to", to));
    }

    /**
     * What waits for this person to decide (for Home): decisions proposed or reopened with them as the decider, oldest
     * first, at most {@code limit}; one query, however long the log.
     */
    @Transactional(readOnly = true)
    public List<DecisionSummary> awaitingDecisionBy(long personId, int limit) {
        return summaries("where d.deciderId = :person and d.status in (:open) order by d.createdAt, d.id",
                Map.of("person", personId, "open", List.of(DecisionStatus.PROPOSED, DecisionStatus.REOPENED)), limit);
    }

    /**
     * The latest decisions taken (for the board's Home): decided or since superseded, newest first, at most
     * {@code limit}; one query, however long the log.
     */
    @Transactional(readOnly = true)
    public List<DecisionSummary> latestDecided(int limit) {
        return summaries("where d.status in (:taken) and d.decidedOn is not null order by d.decidedOn desc, d.id desc",
                Map.of("taken", List.of(DecisionStatus.DECIDED, DecisionStatus.SUPERSEDED)), limit);
    }

    /** The decision areas of the map, for pick-lists. */
    @Transactional(readOnly = true)
    public List<DecisionAreaSummary> areas() {
        return rights.summaries();
    }

    // ---- the log ----

    /** Puts a decision up for deciding: the decision text may still be empty. */
    public DecisionSummary propose(DecisionDraft draft, CadenceUser by) {
        return create(draft, DecisionStatus.PROPOSED, null, by);
    }

    /** Records a decision that replaces an earlier one; both link to each other. */
    public DecisionSummary supersede(long olderId, DecisionDraft draft, CadenceUser by) {
        DecisionPermissions.requireWriteLog(by);
        Decision older = lock(olderId);
        if (older.getStatus() != DecisionStatus.DECIDED) {
            throw new RuleViolationException("Only a decided decision can be superseded; \"" + older.getTitle() + "\" is "
                    + older.getStatus().label().toLowerCase() + ".");
        }
        DecisionSummary newer = create(draft, DecisionStatus.DECIDED, null, by);
        Decision created = load(newer.id());
        created.supersedes(olderId);
        older.supersededBy(newer.id());
        older.touch(by.displayName(), clock.instant());
        decisions.flush();
        return summary(created, newer.areaName());
    }

    /**
     * Saves an edited decision; with {@code decide}, a proposed or reopened decision becomes decided.
     * A decided decision stays decided and is checked against the map again.
     */
    public DecisionSummary update(long id, DecisionDraft draft, boolean decide, long expectedVersion, CadenceUser by) {
        DecisionPermissions.requireWriteLog(by);
        Decision d = lock(id);
        requireVersion(d, expectedVersion);
        if (d.getStatus() == DecisionStatus.SUPERSEDED) {
            throw new RuleViolationException("\"" + d.getTitle() + "\" was superseded; it stays as it was. Edit the decision that replaced it.");
        }
        DecisionStatus next = decide || d.getStatus() == DecisionStatus.DECIDED ? DecisionStatus.DECIDED : d.getStatus();
        DecisionDraft checked = check(draft, next);
        d.write(checked, people.get(checked.deciderId()).name());
        d.moveTo(next);
        d.touch(by.displayName(), clock.instant());
        decisions.flush();
        return summary(d, areaName(d.getAreaId()));
    }

    /** Opens a decided decision again, for a reason that is kept; every reopening is counted. */
    public DecisionSummary reopen(long id, String reason, long expectedVersion, CadenceUser by) {
        DecisionPermissions.requireWriteLog(by);
        Decision d = lock(id);
        requireVersion(d, expectedVersion);
        if (d.getStatus() != DecisionStatus.DECIDED) {
            throw new RuleViolationException("Only a decided decision can be reopened; \"" + d.getTitle() + "\" is "
                    + d.getStatus().label().toLowerCase() + ".");
        }
        String why = UserText.optional(reason, 2000, "reason");
        if (why == null) {
            throw new RuleViolationException("reason", "Say why the decision is reopened: reopening is counted as re-litigation.");
        }
        Instant now = clock.instant();
        d.reopen();
        d.touch(by.displayName(), now);
        reopenings.save(Reopening.ofDecision(id, why, by, now));
        decisions.flush();
        return summary(d, areaName(d.getAreaId()));
    }

    /** The log, filtered, newest first; one query whatever its size. */
    @Transactional(readOnly = true)
    public List<DecisionSummary> list(DecisionFilter f) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.status() != null) {
            where.append(" and d.status = :status");
            params.put("status", f.status());
        }
        if (f.areaId() != null) {
            where.append(" and d.areaId = :area");
            params.put("area", f.areaId());
        }
        if (f.personId() != null) {
            where.append(" and d.deciderId = :person");
            params.put("person", f.personId());
        }
        if (f.meetingId() != null) {
            where.append(" and d.meetingId = :meeting");
            params.put("meeting", f.meetingId());
        }
        if (f.from() != null) {
            where.append(" and d.decidedOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and d.decidedOn <= :to");
            params.put("to", f.to());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(d.title) like :text or lower(d.context) like :text or lower(d.outcome) like :text"
                    + " or lower(d.rationale) like :text or lower(d.message) like :text or lower(d.meetingLabel) like :text)");
            params.put("text", UserText.containsPattern(f.text()));
        }
        where.append(" order by d.decidedOn desc nulls first, d.id desc");
        return summaries(where.toString(), params);
    }

    /** How many decisions were reopened in [from, to). */
    @Transactional(readOnly = true)
    public long reopeningsBetween(Instant from, Instant to) {
        return reopenings.countOfDecisionsBetween(from, to);
    }

    @Transactional(readOnly = true)
    public DecisionView get(long id) {
        Decision d = load(id);
        return view(d, areaName(d.getAreaId()));
    }

    /** A decision with its reopenings, the decisions it replaced or that replaced it, and its history. */
    @Transactional(readOnly = true)
    public DecisionPage page(long id, CadenceUser me) {
        Decision d = load(id);
        Map<Long, String> areaNames = areas.findAll().stream()
                .collect(Collectors.toMap(DecisionArea::getId, DecisionArea::getName));
        DecisionView view = view(d, areaNames.get(d.getAreaId()));
        List<Long> linked = new ArrayList<>();
        Optional.ofNullable(d.getSupersedesId()).ifPresent(linked::add);
        Optional.ofNullable(d.getSupersededById()).ifPresent(linked::add);
        Map<Long, DecisionSummary> links = new HashMap<>();
        if (!linked.isEmpty()) {
            decisions.findByIdIn(linked).forEach(x -> links.put(x.getId(), summary(x, areaNames.get(x.getAreaId()))));
        }
        String areaDecider = null;
        if (d.getAreaId() != null) {
            areaDecider = rights.summaries().stream().filter(a -> a.id() == d.getAreaId())
                    .map(DecisionAreaSummary::deciderName).filter(Objects::nonNull).findFirst().orElse(null);
        }
        List<Reopening> reopened = reopenings.findByDecisionIdOrderByReopenedAtDesc(id);
        List<ChangeSet> changes = new ArrayList<>(history.of(Decision.class, id, List.of(
                AuditedField.<Decision>of("Title", Decision::getTitle),
                AuditedField.<Decision>of("Status", x -> x.getStatus() == null ? null : x.getStatus().label()),
                AuditedField.<Decision>of("Context", Decision::getContext),
                AuditedField.<Decision>of("Options considered", Decision::getOptions),
                AuditedField.<Decision>of("Positions", Decision::getPositions),
                AuditedField.<Decision>of("Decision", Decision::getOutcome),
                AuditedField.<Decision>of("Rationale", Decision::getRationale),
                AuditedField.<Decision>of("Decided by", Decision::getDeciderName),
                AuditedField.<Decision>of("Decision area", x -> areaNames.get(x.getAreaId())),
                AuditedField.<Decision>of("Decided on", Decision::getDecidedOn),
                AuditedField.<Decision>of("Meeting", Decision::getMeetingLabel),
                AuditedField.<Decision>of("Message to the org", Decision::getMessage),
                AuditedField.<Decision>of("Reason to decide without Decide", Decision::getOverrideReason),
                AuditedField.<Decision>of("Reopened", x -> x.getReopenCount() == 0 ? null : x.getReopenCount() + "×"))));
        Collections.reverse(changes);
        return new DecisionPage(view, reopened, links.get(d.getSupersedesId()), links.get(d.getSupersededById()),
                areaDecider, changes, DecisionPermissions.canWriteLog(me));
    }

    /**
     * The warning a decider sees before deciding: empty when the decider holds Decide for the area
     * (or there is no area).
     */
    @Transactional(readOnly = true)
    public Optional<String> deciderWarning(Long areaId, Long deciderId) {
        if (areaId == null || deciderId == null || rights.holdsDecide(areaId, deciderId)) {
            return Optional.empty();
        }
        return Optional.of(notEntitled(areaId, deciderId));
    }

    // ---- helpers ----

    private DecisionSummary create(DecisionDraft draft, DecisionStatus status, DecisionOrigin origin, CadenceUser by) {
        DecisionPermissions.requireWriteLog(by);
        DecisionDraft checked = check(draft, status);
        Instant now = clock.instant();
        Decision d = new Decision(by.personId(), now);
        d.write(checked, people.get(checked.deciderId()).name());
        d.moveTo(status);
        if (origin != null) {
            d.cameFrom(origin);
        }
        d.touch(by.displayName(), now);
        decisions.saveAndFlush(d);
        return summary(d, areaName(d.getAreaId()));
    }

    /** Validates and normalizes a draft; the decider check applies to anything decided. */
    private DecisionDraft check(DecisionDraft d, DecisionStatus status) {
        if (d == null) {
            throw new RuleViolationException("Nothing to record.");
        }
        String title = UserText.optional(d.title(), 200, "title");
        if (title == null) {
            throw new RuleViolationException("title", "Give the decision a title, e.g. \"Discounts above 20% need CRO and CFO approval\".");
        }
        String outcome = UserText.optional(d.decision(), TEXT, "decision");
        boolean decided = status == DecisionStatus.DECIDED;
        // A reopened decision keeps what was decided and when, until it is decided again.
        boolean hasOutcome = status != DecisionStatus.PROPOSED;
        if (hasOutcome && outcome == null) {
            throw new RuleViolationException("decision", "Write what was decided.");
        }
        PersonView decider = people.everyone().stream().filter(p -> p.id() == d.deciderId() && p.active()).findFirst()
                .orElseThrow(() -> new RuleViolationException("deciderId", "Choose who decides: an active person of the company."));
        if (d.areaId() != null && !areas.existsById(d.areaId())) {
            throw new RuleViolationException("areaId", "There is no decision area " + d.areaId() + ".");
        }
        LocalDate decidedOn = d.decidedOn();
        LocalDate today = LocalDate.now(clock);
        if (hasOutcome && decidedOn == null) {
            decidedOn = today;
        }
        if (decidedOn != null && decidedOn.isAfter(today)) {
            throw new RuleViolationException("decidedOn", "A decision cannot be dated in the future.");
        }
        String override = UserText.optional(d.overrideReason(), 2000, "overrideReason");
        if (decided && d.areaId() != null && !rights.holdsDecide(d.areaId(), decider.id())) {
            if (override == null) {
                throw new DeciderNotEntitledException(notEntitled(d.areaId(), decider.id()));
            }
        } else {
            override = null; // only kept when it was needed
        }
        return new DecisionDraft(title, UserText.optional(d.context(), TEXT, "context"),
                UserText.optional(d.options(), TEXT, "options"),
                UserText.optional(d.positions(), TEXT, "positions"), outcome,
                UserText.optional(d.rationale(), TEXT, "rationale"), decider.id(), d.areaId(),
                hasOutcome ? decidedOn : null, d.meetingId(), UserText.optional(d.meetingLabel(), 200, "meetingLabel"),
                UserText.optional(d.message(), TEXT, "message"), override);
    }

    private String notEntitled(long areaId, long deciderId) {
        DecisionAreaSummary area = rights.summaries().stream().filter(a -> a.id() == areaId).findFirst()
                .orElseThrow(() -> new RuleViolationException("areaId", "There is no decision area " + areaId + "."));
        String decider = people.get(deciderId).name();
        String holder = area.deciderName() == null ? "nobody holds Decide yet"
                : area.deciderName() + " does";
        return decider + " does not hold Decide for " + area.name() + " on the decision-rights map (" + holder
                + "). Choose the decider the map names, or say why " + decider
                + " decides this time: the reason is kept with the decision.";
    }

    private void requireVersion(Decision d, long expectedVersion) {
        if (d.getVersion() != expectedVersion) {
            throw new StaleEditException((d.getUpdatedBy() == null ? "Someone" : d.getUpdatedBy()) + " changed \""
                    + d.getTitle() + "\" at " + TIME.format(d.getUpdatedAt().atZone(clock.getZone()))
                    + " while you were editing. It is now " + d.getStatus().label().toLowerCase()
                    + (d.getOutcome() == null ? "" : ", decision: " + d.getOutcome())
                    + ". Your changes were not saved; look again and redo them if still needed.");
        }
    }

    private List<DecisionSummary> summaries(String where, Map<String, Object> params) {
        return summaries(where, params, 0);
    }

    /** {@code limit} 0: every row. */
    private List<DecisionSummary> summaries(String where, Map<String, Object> params, int limit) {
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select d, a.name from Decision d left join DecisionArea a on a.id = d.areaId " + where, Object[].class);
        params.forEach(query::setParameter);
        if (limit > 0) {
            query.setMaxResults(limit);
        }
        return query.getResultList().stream().map(r -> summary((Decision) r[0], (String) r[1])).toList();
    }

    static DecisionSummary summary(Decision d, String areaName) {
        return new DecisionSummary(d.getId(), d.getTitle(), d.getStatus().name(), areaName, d.getDeciderName(),
                d.getDecidedOn(), d.getMeetingId(), d.getMessage(), d.getStatus().label(), d.getAreaId(), d.getDeciderId(),
                d.getMeetingLabel(), d.getReopenCount(), d.getOutcome());
    }

    private static DecisionView view(Decision d, String areaName) {
        return new DecisionView(d.getId(), d.getTitle(), d.getContext(), d.getOptions(), d.getPositions(), d.getOutcome(),
                d.getRationale(), d.getDeciderId(), d.getDeciderName(), d.getAreaId(), areaName, d.getDecidedOn(),
                d.getMeetingId(), d.getMeetingLabel(), d.getMessage(), d.getOverrideReason(), d.getStatus(),
                d.getSupersedesId(), d.getSupersededById(), d.getReopenCount(), d.getCreatedAt(), d.getUpdatedBy(),
                d.getUpdatedAt(), d.getVersion(), d.getOriginUrl(), d.getOriginLabel());
    }

    private String areaName(Long areaId) {
        return areaId == null ? null : areas.findById(areaId).map(DecisionArea::getName).orElse(null);
    }

    /** The decision, row-locked until the transaction ends: changes to one decision happen one after the other. */
    private Decision lock(long id) {
        return decisions.lockById(id).orElseThrow(() -> new NotFoundException("There is no decision " + id + "."));
    }

    private Decision load(long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("There is no decision " + id + "."));
    }
}
