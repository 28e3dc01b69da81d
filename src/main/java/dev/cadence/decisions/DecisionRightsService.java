package dev.cadence.decisions;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonView;
import dev.cadence.people.PersonService;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.UserText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision-rights map: who Decides (exactly one), who is Consulted and who is Informed, per
 * decision area; agreeing, locking and reopening areas. Every rule is checked here, for pages and
 * API alike, whatever the client sends. The map's rows are built by {@link AreaRows}, an area's history
 * by {@link AreaHistory}.
 */
@Service
@Transactional
public class DecisionRightsService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final DecisionAreaRepository areas;
    private final DecisionRightRepository rights;
    private final ReopeningRepository reopenings;
    private final DecisionRepository decisions;
    private final PersonService people;
    private final AreaRows rows;
    private final AreaHistory history;
    private final CurrentQuarter currentQuarter;
    private final Clock clock;

    DecisionRightsService(DecisionAreaRepository areas, DecisionRightRepository rights, ReopeningRepository reopenings,
                          DecisionRepository decisions, PersonService people, AreaRows rows, AreaHistory history,
                          CurrentQuarter currentQuarter, Clock clock) {
        this.areas = areas;
        this.rights = rights;
        this.reopenings = reopenings;
        this.decisions = decisions;
        this.people = people;
        this.rows = rows;
        this.history = history;
        this.currentQuarter = currentQuarter;
        this.clock = clock;
    }

    // ---- reading ----

    /** The whole map, in a fixed number of queries whatever the number of areas and changes. */
    @Transactional(readOnly = true)
    public MapView map(CadenceUser me) {
        List<PersonView> team = people.leadershipTeam();
        FiscalQuarter quarter = currentQuarter.quarter();
        return new MapView(team, rows.all(team, quarter), quarter.label(), DecisionPermissions.canEditRights(me));
    }

    /** One row of the map, as the page swaps it in after a cell edit. */
    @Transactional(readOnly = true)
    public AreaRow row(long areaId) {
        DecisionArea area = load(areaId);
        return rows.of(area);
    }

    /** An area with its reopenings, the latest decisions under it and its full history (cells included). */
    @Transactional(readOnly = true)
    public AreaPage page(long areaId, CadenceUser me) {
        DecisionArea area = load(areaId);
        List<PersonView> everyone = people.everyone();
        FiscalQuarter quarter = currentQuarter.quarter();
        AreaRow row = rows.of(area, everyone, quarter);
        List<Reopening> reopened = reopenings.findByAreaIdOrderByReopenedAtDesc(areaId);
        List<DecisionSummary> latest = decisions.findLatestInArea(areaId).stream()
                .map(d -> DecisionService.summary(d, area.getName())).toList();
        return new AreaPage(row, reopened, latest, history.of(areaId, AreaRows.names(everyone)), quarter.label(),
                DecisionPermissions.canEditRights(me));
    }

    /** The areas for pick-lists, with who decides each. */
    @Transactional(readOnly = true)
    public List<DecisionAreaSummary> summaries() {
        List<DecisionArea> all = areas.findAllOrdered();
        Map<Long, Long> deciders = rights.findDecidersOf(all.stream().map(DecisionArea::getId).toList()).stream()
                .collect(Collectors.toMap(DecisionRight::getAreaId, DecisionRight::getPersonId));
        Map<Long, String> names = AreaRows.names(people.everyone());
        return all.stream().map(a -> {
            Long decider = deciders.get(a.getId());
            return new DecisionAreaSummary(a.getId(), a.getName(), a.getStatus().name(),
                    decider == null ? null : names.get(decider), decider);
        }).toList();
    }

    /** The area of that name (any case), with its decider, in one statement: for pages that name who decides one thing. */
    @Transactional(readOnly = true)
    public Optional<DecisionAreaSummary> summaryNamed(String name) {
        return areas.findSummaryByName(name)
                .map(r -> new DecisionAreaSummary(r.getId(), r.getName(), r.getStatus(), r.getDeciderName(), r.getDeciderId()));
    }

    @Transactional(readOnly = true)
    public boolean holdsDecide(long areaId, long personId) {
        return rights.holdsDecide(areaId, personId);
    }

    // ---- editing ----

    /** Adds a decision area, as a draft with empty cells. */
    public AreaRow createArea(String name, String description, CadenceUser by) {
        DecisionPermissions.requireEditRights(by);
        String n = requireName(name);
        if (areas.existsByNameIgnoreCase(n)) {
            throw new RuleViolationException("name", "There is already an area called " + n + ".");
        }
        int order = areas.findAllOrdered().stream().mapToInt(DecisionArea::getDisplayOrder).max().orElse(0) + 10;
        DecisionArea area = new DecisionArea(n, UserText.optional(description, 1000, "description"), order);
        area.touch(by.displayName(), clock.instant());
        areas.saveAndFlush(area);
        return rows.of(area);
    }

    /** Renames an area or rewrites its description; not while it is locked. */
    public AreaRow describeArea(long areaId, String name, String description, long expectedVersion, CadenceUser by) {
        DecisionPermissions.requireEditRights(by);
        DecisionArea area = lockForEdit(areaId, expectedVersion);
        String n = requireName(name);
        if (areas.nameTakenByAnother(n, areaId)) {
            throw new RuleViolationException("name", "There is already an area called " + n + ".");
        }
        area.describe(n, UserText.optional(description, 1000, "description"));
        area.touch(by.displayName(), clock.instant());
        areas.flush();
        return rows.of(area);
    }

    /**
     * Sets one cell. A second Decide is refused unless {@code handover} says the current decider
     * becomes Consulted; an agreed area never loses its only Decide.
     */
    public AreaRow setCell(long areaId, long personId, RightRole role, long expectedVersion, boolean handover, CadenceUser by) {
        DecisionPermissions.requireEditRights(by);
        DecisionArea area = lockForEdit(areaId, expectedVersion);
        PersonView person = teamMember(personId);
        List<DecisionRight> cells = rights.findByAreaId(areaId);
        DecisionRight cell = cells.stream().filter(c -> c.getPersonId() == personId).findFirst().orElse(null);
        RightRole before = cell == null ? null : cell.getRole();
        if (before == role) {
            return rows.of(area);
        }
        DecisionRight currentDecider = cells.stream().filter(c -> c.getRole() == RightRole.DECIDE).findFirst().orElse(null);
        if (role == RightRole.DECIDE && currentDecider != null && currentDecider.getPersonId() != personId) {
            String holder = people.get(currentDecider.getPersonId()).name();
            if (!handover) {
                throw new RuleViolationException("role", holder + " already decides " + area.getName()
                        + ". An area has exactly one Decide: hand it over to " + person.name() + " (" + holder
                        + " becomes Consult), or change " + holder + "'s cell first.");
            }
            currentDecider.setRole(RightRole.CONSULT);
            rights.flush(); // the database allows one Decide per area at any moment
        }
        if (before == RightRole.DECIDE && area.getStatus() != AreaStatus.DRAFT) {
            throw new RuleViolationException("role", area.getName() + " is agreed, so it keeps exactly one Decide: "
                    + "make someone else Decide (they take over from " + person.name() + ") instead of removing it.");
        }
        if (cell == null) {
            rights.save(new DecisionRight(areaId, personId, role));
        } else {
            cell.setRole(role);
        }
        area.touch(by.displayName(), clock.instant());
        rights.flush();
        areas.flush();
        return rows.of(area);
    }

    /**
     * Replaces all cells of an area at once (the API): exactly one Decide, everyone from the
     * leadership team; people not named get an empty cell.
     */
    public AreaRow replaceAssignments(long areaId, Map<Long, RightRole> assignments, long expectedVersion, CadenceUser by) {
        DecisionPermissions.requireEditRights(by);
        DecisionArea area = lockForEdit(areaId, expectedVersion);
        Map<Long, RightRole> wanted = new HashMap<>();
        assignments.forEach((personId, role) -> {
            teamMember(personId);
            if (role != null) {
                wanted.put(personId, role);
            }
        });
        long decides = wanted.values().stream().filter(r -> r == RightRole.DECIDE).count();
        if (decides != 1) {
            throw new RuleViolationException("assignments", area.getName() + " needs exactly one Decide; this would give it "
                    + decides + ". Nothing was changed.");
        }
        List<DecisionRight> cells = rights.findByAreaId(areaId);
        // Clear the old Decide first: the database allows one Decide per area at any moment.
        for (DecisionRight c : cells) {
            if (c.getRole() == RightRole.DECIDE && wanted.get(c.getPersonId()) != RightRole.DECIDE) {
                c.setRole(wanted.get(c.getPersonId()));
            }
        }
        rights.flush();
        Map<Long, DecisionRight> byPerson = cells.stream().collect(Collectors.toMap(DecisionRight::getPersonId, Function.identity()));
        for (DecisionRight c : cells) {
            if (!wanted.containsKey(c.getPersonId())) {
                c.setRole(null);
            }
        }
        wanted.forEach((personId, role) -> {
            DecisionRight c = byPerson.get(personId);
            if (c == null) {
                rights.save(new DecisionRight(areaId, personId, role));
            } else {
                c.setRole(role);
            }
        });
        area.touch(by.displayName(), clock.instant());
        rights.flush();
        areas.flush();
        return rows.of(area);
    }

    /** The team agrees on the area: it needs exactly one Decide. */
    public AreaRow agree(long areaId, long expectedVersion, CadenceUser by) {
        DecisionPermissions.requireEditRights(by);
        DecisionArea area = lockForEdit(areaId, expectedVersion);
        requireOneDecide(area, "agreed");
        area.agree();
        area.touch(by.displayName(), clock.instant());
        areas.flush();
        return rows.of(area);
    }

    /** Locks the area against edits, recording who and when; it needs exactly one Decide. */
    public AreaRow lock(long areaId, long expectedVersion, CadenceUser by) {
        DecisionPermissions.requireEditRights(by);
        DecisionArea area = lockForEdit(areaId, expectedVersion);
        requireOneDecide(area, "locked");
        Instant now = clock.instant();
        area.lock(by.personId(), by.displayName(), now);
        area.touch(by.displayName(), now);
        areas.flush();
        return rows.of(area);
    }

    /** Opens a locked area again, for a reason that is kept; every reopening is counted. */
    public AreaRow reopen(long areaId, String reason, long expectedVersion, CadenceUser by) {
        DecisionPermissions.requireEditRights(by);
        DecisionArea area = areas.lockById(areaId).orElseThrow(() -> notFound(areaId));
        requireVersion(area, expectedVersion);
        if (area.getStatus() != AreaStatus.LOCKED) {
            throw new RuleViolationException(area.getName() + " is not locked; it can be edited as it is.");
        }
        String why = UserText.optional(reason, 2000, "reason");
        if (why == null) {
            throw new RuleViolationException("reason", "Say why " + area.getName()
                    + " is reopened: reopening a locked decision right is counted as re-litigation.");
        }
        Instant now = clock.instant();
        area.reopen();
        area.touch(by.displayName(), now);
        reopenings.save(Reopening.ofArea(areaId, why, by, now));
        areas.flush();
        return rows.of(area);
    }

    // ---- helpers ----

    /**
     * The area, row-locked until the transaction ends, as the editor saw it and editable. The version is checked
     * before the state, as HTTP checks If-Match first: a stale edit of an area locked since is stale (412).
     */
    private DecisionArea lockForEdit(long areaId, long expectedVersion) {
        DecisionArea area = areas.lockById(areaId).orElseThrow(() -> notFound(areaId));
        requireVersion(area, expectedVersion);
        if (area.getStatus() == AreaStatus.LOCKED) {
            throw new AreaLockedException(locked(area));
        }
        return area;
    }

    private void requireVersion(DecisionArea area, long expectedVersion) {
        if (area.getVersion() != expectedVersion) {
            AreaRow now = rows.of(area);
            throw new StaleEditException((area.getUpdatedBy() == null ? "Someone" : area.getUpdatedBy()) + " changed "
                    + area.getName() + " at " + TIME.format(area.getUpdatedAt().atZone(zone()))
                    + " while you were looking. It now reads: " + describe(now)
                    + ". Your change was not saved; " + (area.getStatus() == AreaStatus.LOCKED ? locked(area)
                    : "look again and redo it if still needed."));
        }
    }

    private String locked(DecisionArea area) {
        return area.getName() + " is locked by " + area.getLockedByName() + " on "
                + DAY.format(area.getLockedAt().atZone(zone())) + " — reopen it with a reason first.";
    }

    static String describe(AreaRow row) {
        List<String> parts = new ArrayList<>();
        parts.add(row.status().label());
        for (RightRole role : RightRole.values()) {
            List<RightCell> holders = row.holding(role);
            parts.add(role.label() + ": " + (holders.isEmpty() ? "nobody"
                    : holders.stream().map(RightCell::personName).collect(Collectors.joining(", "))));
        }
        return String.join("; ", parts);
    }

    private void requireOneDecide(DecisionArea area, String what) {
        long decides = rights.findByAreaId(area.getId()).stream().filter(r -> r.getRole() == RightRole.DECIDE).count();
        if (decides != 1) {
            throw new RuleViolationException(area.getName() + " can only be " + what + " with exactly one Decide; it has "
                    + decides + ". Give Decide to one person first.");
        }
    }

    private PersonView teamMember(long personId) {
        return people.leadershipTeam().stream().filter(p -> p.id() == personId).findFirst()
                .orElseThrow(() -> new RuleViolationException("personId", "Person " + personId
                        + " is not an active member of the leadership team, so they cannot hold a decision right."));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private DecisionArea load(long id) {
        return areas.findById(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no decision area " + id + ".");
    }

    private static String requireName(String name) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            throw new RuleViolationException("name", "Name the decision area, e.g. \"Pricing and discount approval\".");
        }
        if (n.length() > 120) {
            throw new RuleViolationException("name", "Keep the name under 120 characters.");
        }
        return n;
    }
}
