package dev.cadence.decisions;

import dev.cadence.people.CadenceUser;
import dev.cadence.web.ETags;
import dev.cadence.web.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision-rights map and the decision log as JSON: read both; replace an area's assignments
 * with {@code If-Match}. The same services and rules as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class DecisionApiController {

    private final DecisionRightsService rights;
    private final DecisionService decisions;

    DecisionApiController(DecisionRightsService rights, DecisionService decisions) {
        this.rights = rights;
        this.decisions = decisions;
    }

    record Person(long id, String name) {
    }

    record Assignment(long personId, String name, RightRole role) {
    }

    record AreaJson(long id, String name, String description, AreaStatus status, Person decider,
                    List<Assignment> assignments, String lockedBy, Instant lockedAt, int reopenCount,
                    long reopenedThisQuarter, long version) {

        static AreaJson of(AreaRow a) {
            RightCell decider = a.holding(RightRole.DECIDE).stream().findFirst().orElse(null);
            return new AreaJson(a.id(), a.name(), a.description(), a.status(),
                    decider == null ? null : new Person(decider.personId(), decider.personName()),
                    a.cells().stream().filter(c -> c.role() != null)
                            .map(c -> new Assignment(c.personId(), c.personName(), c.role())).toList(),
                    a.lockedByName(), a.lockedAt(), a.reopenCount(), a.reopenedThisQuarter(), a.version());
        }
    }

    /** What a client sends to replace an area's assignments: everyone not named gets no part. */
    record AssignmentsInput(List<AssignmentInput> assignments) {
    }

    record AssignmentInput(Long personId, String role) {
    }

    record DecisionJson(long id, String title, DecisionStatus status, String areaName, Long areaId, Person decider,
                        LocalDate decidedOn, Long meetingId, String meetingLabel, String decision, String message,
                        int reopenCount) {

        static DecisionJson of(DecisionSummary d) {
            return new DecisionJson(d.id(), d.title(), DecisionStatus.valueOf(d.status()), d.areaName(), d.areaId(),
                    new Person(d.deciderId(), d.deciderName()), d.decidedOn(), d.meetingId(), d.meetingLabel(), d.outcome(),
                    d.message(), d.reopenCount());
        }
    }

    record DecisionDetailJson(long id, String title, DecisionStatus status, String context, String options,
                              String positions, String decision, String rationale, Person decider, Long areaId,
                              String areaName, LocalDate decidedOn, Long meetingId, String meetingLabel, String message,
                              String overrideReason, Long supersedesId, Long supersededById, int reopenCount,
                              Instant updatedAt, long version) {

        static DecisionDetailJson of(DecisionView d) {
            return new DecisionDetailJson(d.id(), d.title(), d.status(), d.context(), d.options(), d.positions(),
                    d.decision(), d.rationale(), new Person(d.deciderId(), d.deciderName()), d.areaId(), d.areaName(),
                    d.decidedOn(), d.meetingId(), d.meetingLabel(), d.message(), d.overrideReason(), d.supersedesId(),
                    d.supersededById(), d.reopenCount(), d.updatedAt(), d.version());
        }
    }

    /** Every area with its assignments and status, in the map's order. */
    @GetMapping("/decision-rights")
    List<AreaJson> areas(@AuthenticationPrincipal CadenceUser me) {
        return rights.map(me).areas().stream().map(AreaJson::of).toList();
    }

    @GetMapping("/decision-rights/{id}")
    ResponseEntity<AreaJson> area(@PathVariable long id) {
        AreaRow row = rights.row(id);
        return ResponseEntity.ok().eTag(ETags.of(row.version())).body(AreaJson.of(row));
    }

    /**
     * Replaces the area's assignments; {@code If-Match} must name the version read. 422 unless
     * exactly one Decide, 409 when the area is locked, 412 when someone changed it since.
     */
    @PutMapping("/decision-rights/{id}")
    ResponseEntity<AreaJson> replace(@PathVariable long id,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @RequestBody AssignmentsInput input, @AuthenticationPrincipal CadenceUser me) {
        DecisionPermissions.requireEditRights(me);
        long expected = ETags.requiredVersion(ifMatch);
        if (input == null || input.assignments() == null) {
            throw new RuleViolationException("assignments", "Send {\"assignments\": [{\"personId\": 1, \"role\": \"DECIDE\"}, …]}.");
        }
        Map<Long, RightRole> wanted = new HashMap<>();
        for (AssignmentInput a : input.assignments()) {
            if (a == null || a.personId() == null) {
                throw new RuleViolationException("assignments", "Every assignment needs a personId.");
            }
            if (wanted.containsKey(a.personId())) {
                throw new RuleViolationException("assignments", "Person " + a.personId() + " is named twice; give each person one part.");
            }
            wanted.put(a.personId(), RightRole.parse(a.role()));
        }
        AreaRow saved = rights.replaceAssignments(id, wanted, expected, me);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(AreaJson.of(saved));
    }

    /** The log, newest first, filtered by status, area (id), decider (person id), and decision dates (inclusive). */
    @GetMapping("/decisions")
    List<DecisionJson> decisions(@RequestParam(required = false) DecisionStatus status, @RequestParam(required = false) Long area,
                                 @RequestParam(required = false) Long person,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) String q) {
        return decisions.list(new DecisionFilter(status, area, person, null, from, to, q)).stream().map(DecisionJson::of).toList();
    }

    @GetMapping("/decisions/{id}")
    ResponseEntity<DecisionDetailJson> decision(@PathVariable long id) {
        DecisionView d = decisions.get(id);
        return ResponseEntity.ok().eTag(ETags.of(d.version())).body(DecisionDetailJson.of(d));
    }
}
