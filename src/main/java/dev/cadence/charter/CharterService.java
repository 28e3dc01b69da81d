package dev.cadence.charter;

import dev.cadence.decisions.DecisionAreaSummary;
import dev.cadence.decisions.DecisionDraft;
import dev.cadence.decisions.DecisionOrigin;
import dev.cadence.decisions.DecisionService;
import dev.cadence.decisions.DecisionSummary;
import dev.cadence.governance.Approval;
import dev.cadence.governance.ChangeProposal;
import dev.cadence.governance.Proposals;
import dev.cadence.governance.Subject;
import dev.cadence.governance.SubjectKind;
import dev.cadence.history.FieldChange;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.people.Role;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import dev.cadence.web.UserText;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import dev.cadence.web.KeptReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The GTM charter: read at any version, compared between any two, edited by the CEO, and changed by anyone else (but
 * the board) through a proposal the CEO approves or rejects ({@code governance.Proposals}). Every approved change is a
 * new version holding the whole document. A change made on another version than the current one is refused with what
 * the others changed since; two at the same moment are one change and one such refusal (the charter's row is locked
 * first). What its pages read (the page, the council's panel as of a day, the decision areas) is kept ({@link KeptReads})
 * under the {@code charter_change} counter (V34), which database triggers move on every write to what they show.
 */
@Service
@Transactional
public class CharterService {

    /** Proposed changes to the charter are filed under this kind; the CEO decides on them. */
    static final SubjectKind CHARTER = new SubjectKind("charter", "charter", Set.of(Role.CEO), "the CEO");

    /** One document people read in a sitting. */
    static final int MOST_SECTIONS = 12;
    static final int TITLE = 120;
    /** A section's text: {@code charter_section.body}, and what a proposal keeps of one field. */
    static final int BODY = 4000;
    static final int SUMMARY = 2000;
    private static final int KEY = 36;
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final CharterRepository charters;
    private final CharterVersionRepository versions;
    private final Proposals governed;
    private final PersonService people;
    private final DecisionService decisions;
    private final Clock clock;
    private final KeptReads kept;

    CharterService(CharterRepository charters, CharterVersionRepository versions, Proposals governed, PersonService people,
                   DecisionService decisions, Clock clock, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.kept = KeptReads.underCounter("charter_change", jdbc, clock, transactions, 64);
        this.charters = charters;
        this.versions = versions;
        this.governed = governed;
        this.people = people;
        this.decisions = decisions;
        this.clock = clock;
    }

    // ---- reading ----

    /** The charter as everyone reads it now (version 0, empty, until the CEO writes it). */
    @Transactional(readOnly = true)
    public CharterView current() {
        return versions.findLatest(Charter.ID).map(v -> new CharterView(v.getNumber(), v.sections(), v.summary(), v.getNumber()))
                .orElse(new CharterView(0, List.of(), null, 0));
    }

    /** The charter page: the current version, every version, the proposals waiting (with what each changes) and the decided ones. */
    @Transactional(readOnly = true)
    public CharterPage page() {
        return kept.get("page", () -> {
            CharterView current = current();
            List<ChangeProposal> all = governed.on(subject(current.number(), current.sections()), names());
            return new CharterPage(current, history(),
                    all.stream().filter(ChangeProposal::pending).map(p -> new CharterProposal(p, ChangeView.of(p.changes()))).toList(),
                    all.stream().filter(p -> !p.pending()).toList());
        });
    }

    /**
     * The proposals waiting for the CEO now, oldest first, each with the sections it would change (for Home). Two queries
     * when none waits, three when some do, however many versions and proposals exist.
     */
    @Transactional(readOnly = true)
    public List<CharterPanel.Waiting> waitingProposals() {
        return governed.pending(CHARTER, ids -> {
                    CharterView now = current();
                    return Map.of(Charter.ID, subject(now.number(), now.sections()));
                }, names()).stream()
                .map(p -> new CharterPanel.Waiting(p.proposedBy(), p.proposedAt(), p.rationale(),
                        p.changes().stream().map(FieldChange::field).toList()))
                .toList();
    }

    /** One version as it read once approved. */
    @Transactional(readOnly = true)
    public CharterView version(int number) {
        CharterVersion v = versions.findNumbered(Charter.ID, List.of(number)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("The charter has no version " + number + "."));
        return new CharterView(number, v.sections(), v.summary(), charter().getCurrentNumber());
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<VersionSummary> history() {
        return versions.findHistory(Charter.ID).stream().map(CharterVersion::summary).toList();
    }

    /** What changed from one version to another (either way round; 0 is the empty charter), section by section, word by word. */
    @Transactional(readOnly = true)
    public CharterComparison compare(int from, int to) {
        Map<Integer, CharterVersion> found = versions.findNumbered(Charter.ID, List.of(from, to)).stream()
                .collect(Collectors.toMap(CharterVersion::getNumber, Function.identity()));
        for (int n : List.of(from, to)) {
            if (n != 0 && !found.containsKey(n)) {
                throw new NotFoundException("The charter has no version " + n + ".");
            }
        }
        CharterVersion a = found.get(from);
        CharterVersion b = found.get(to);
        return new CharterComparison(from, a == null ? null : a.summary(), to, b == null ? null : b.summary(),
                ChangeView.of(CharterFields.changes(a == null ? List.of() : a.sections(), b == null ? List.of() : b.sections())));
    }

    // ---- changing ----

    /**
     * The CEO's own change: a new version at once, with what changed and why. Refused when made on another version
     * than the current one (with what the others changed), or when it changes nothing.
     */
    public CharterView edit(List<SectionDraft> drafts, String summary, int expectedNumber, CadenceUser me) {
        CharterPermissions.requireEdit(me);
        Charter charter = lock();
        requireCurrent(charter, expectedNumber);
        List<CharterSection> now = sectionsAt(charter.getCurrentNumber());
        List<CharterSection> next = sections(drafts, now);
        String why = UserText.required(summary, SUMMARY, "rationale",
                "Say what changed and why: the history shows it to everyone.");
        if (next.equals(now)) {
            throw new RuleViolationException("Your edit changes nothing in the charter.");
        }
        return store(charter, next, why, me.personId(), me.displayName(), me, null);
    }

    /**
     * Proposes a change, with a reason; it waits for the CEO. Made on the current version only: on an older one it is
     * refused with what changed since, so that a proposal never quietly undoes someone else's change.
     */
    public CharterProposal propose(List<SectionDraft> drafts, String rationale, int expectedNumber, CadenceUser me) {
        CharterPermissions.requirePropose(me);
        Charter charter = charter();
        requireCurrent(charter, expectedNumber);
        List<CharterSection> now = sectionsAt(charter.getCurrentNumber());
        ChangeProposal proposal = governed.propose(subject(charter.getCurrentNumber(), now),
                CharterFields.of(sections(drafts, now)), rationale, me);
        return new CharterProposal(proposal, ChangeView.of(proposal.changes()));
    }

    /**
     * The CEO approves a waiting proposal, as {@link #approve(long, String, Long, String, CadenceUser)} does, the decision
     * filed under the charter's decision area ({@link #charterArea()}).
     */
    public CharterView approve(long proposalId, String comment, CadenceUser me) {
        return approve(proposalId, comment, charterArea().map(DecisionAreaSummary::id).orElse(null), null, me);
    }

    /**
     * The CEO approves a waiting proposal: it applies on top of the charter as it is now, as the next version, and the
     * approval goes into the decision log under {@code areaId}, its decider checked against the decision-rights map as
     * every decision is; the decision and the version link to each other.
     *
     * @throws dev.cadence.decisions.DeciderNotEntitledException the map gives Decide for the area to someone else and no
     *                                                          {@code overrideReason} was given (nothing saved)
     */
    public CharterView approve(long proposalId, String comment, Long areaId, String overrideReason, CadenceUser me) {
        CharterPermissions.requireEdit(me);
        Charter charter = lock();
        List<CharterSection> now = sectionsAt(charter.getCurrentNumber());
        Approval approval = governed.approve(CHARTER, proposalId, comment, me);
        List<CharterSection> next = CharterFields.sections(approval.appliedTo(CharterFields.of(now)));
        requireSize(next);
        if (next.equals(now)) {
            throw new RuleViolationException("The charter already reads as this proposal asks: reject it, saying so.");
        }
        String author = people.get(approval.proposedBy()).name();
        CharterView stored = store(charter, next, approval.rationale(), approval.proposedBy(), author, me, approval.proposalId());
        int number = stored.number();
        String changed = CharterFields.changes(now, next).stream().map(FieldChange::field).collect(Collectors.joining(", "));
        String why = UserText.optional(comment, SUMMARY, "comment");
        DecisionSummary decision = decisions.record(new DecisionDraft(
                abbreviate("GTM charter version " + number + ": " + changed, 200),
                abbreviate(author + " proposed: " + approval.rationale(), 4000),
                "Approve the proposal, making it version " + number + " of the charter, or reject it.",
                null,
                abbreviate("Approved " + author + "’s proposal: the charter is now version " + number + " (" + changed + ").", 4000),
                why != null ? why : abbreviate("Approved as proposed: " + approval.rationale(), 4000),
                me.personId(), areaId, LocalDate.now(clock), null, null, null, overrideReason),
                new DecisionOrigin("/charter/compare?from=" + (number - 1) + "&to=" + number, "GTM charter version " + number), me);
        versions.findNumbered(Charter.ID, List.of(number)).forEach(v -> v.recordedAs(decision.id()));
        versions.flush();
        return stored;
    }

    /**
     * The decision area a charter approval is filed under unless the CEO chooses another: the first on the map whose
     * name mentions the charter (the demo's "GTM charter changes"), if any.
     */
    @Transactional(readOnly = true)
    public Optional<DecisionAreaSummary> charterArea() {
        return charterArea(decisions.areas());
    }

    /** The charter's decision area among these. */
    static Optional<DecisionAreaSummary> charterArea(List<DecisionAreaSummary> areas) {
        return areas.stream().filter(a -> a.name().toLowerCase(Locale.ROOT).contains("charter")).findFirst();
    }

    /** The decision areas an approval may be filed under, for the approve form. */
    @Transactional(readOnly = true)
    public List<DecisionAreaSummary> decisionAreas() {
        return kept.get("areas", decisions::areas);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The CEO rejects a waiting proposal, saying why. */
    public void reject(long proposalId, String comment, CadenceUser me) {
        governed.reject(CHARTER, proposalId, comment, me);
    }

    /** The proposer withdraws their waiting proposal. */
    public void withdraw(long proposalId, CadenceUser me) {
        governed.withdraw(CHARTER, proposalId, me);
    }

    // ---- the council's panel ----

    /**
     * The charter as it stood at the end of {@code day} (in the company's time zone): its version then, the proposals waiting then (each with
     * the sections it would change), and the versions approved in the month up to that day.
     */
    @Transactional(readOnly = true)
    public CharterPanel asOf(LocalDate day) {
        return kept.get(new AsOf(day), () -> readAsOf(day));
    }

    private record AsOf(LocalDate day) {
    }

    private CharterPanel readAsOf(LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1_000);
        LocalDate since = day.minusMonths(1);
        CharterVersion then = versions.findCurrentAt(Charter.ID, end).orElse(null);
        Subject subject = subject(then == null ? 0 : then.getNumber(), then == null ? List.of() : then.sections());
        List<CharterPanel.Waiting> waiting = governed.waitingAt(CHARTER, end, ids -> Map.of(Charter.ID, subject), names()).stream()
                .map(p -> new CharterPanel.Waiting(p.proposedBy(), p.proposedAt(), p.rationale(),
                        p.changes().stream().map(FieldChange::field).toList()))
                .toList();
        Instant after = since.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1_000);
        List<VersionSummary> approved = versions.findApprovedBetween(Charter.ID, after, end).stream()
                .map(CharterVersion::summary).toList();
        return new CharterPanel(then == null ? null : then.summary(), waiting, approved, since);
    }

    // ---- helpers ----

    private CharterView store(Charter charter, List<CharterSection> sections, String summary, long authorId, String authorName,
                              CadenceUser approver, Long proposalId) {
        int number = charter.getCurrentNumber() + 1;
        Instant at = clock.instant();
        CharterVersion stored = versions.saveAndFlush(new CharterVersion(Charter.ID, number, sections, summary, authorId,
                authorName, approver.personId(), approver.displayName(), at, proposalId));
        charter.advanceTo(number, at);
        charters.flush();
        return new CharterView(number, sections, stored.summary(), number);
    }

    /** The sections as typed, checked: a title and a text each, no two alike, a removed or empty new one left out. */
    static List<CharterSection> sections(List<SectionDraft> drafts, List<CharterSection> now) {
        Set<String> existing = now.stream().map(CharterSection::key).collect(Collectors.toSet());
        Set<String> taken = new HashSet<>();
        Set<String> titles = new HashSet<>();
        List<CharterSection> sections = new ArrayList<>();
        List<SectionDraft> typed = drafts == null ? List.of() : drafts;
        // Keys of sections kept are taken first: a new section never takes the key of one kept further down.
        typed.stream().filter(d -> d != null && !d.remove() && d.key() != null && existing.contains(d.key())).forEach(d -> taken.add(d.key()));
        for (int i = 0; i < typed.size(); i++) {
            SectionDraft d = typed.get(i);
            if (d == null || d.remove()) {
                continue;
            }
            String field = "sections[" + i + "]";
            boolean kept = d.key() != null && existing.contains(d.key());
            String title = UserText.optional(d.title(), TITLE, field + ".title");
            String body = UserText.optional(d.body() == null ? null : d.body().replace("\r\n", "\n"), BODY, field + ".body");
            if (!kept && title == null && body == null) {
                continue; // the empty slot for a new section
            }
            if (title == null) {
                throw new RuleViolationException(field + ".title", "Give the section a title, e.g. Ideal customer profile.");
            }
            if (body == null) {
                throw new RuleViolationException(field + ".body", "Write what the charter says here, or tick “Remove this section”.");
            }
            if (!titles.add(title.toLowerCase(Locale.ROOT))) {
                throw new RuleViolationException(field + ".title", "Another section is called “" + title + "” already.");
            }
            sections.add(new CharterSection(kept ? d.key() : keyFor(title, taken), title, body));
        }
        requireSize(sections);
        return sections;
    }

    private static void requireSize(List<CharterSection> sections) {
        if (sections.isEmpty()) {
            throw new RuleViolationException("The charter needs at least one section: what would the team read?");
        }
        if (sections.size() > MOST_SECTIONS) {
            throw new RuleViolationException("Keep the charter to " + MOST_SECTIONS + " sections at most (it would have "
                    + sections.size() + "): merge some, so it stays one document people read.");
        }
    }

    /** A new section's key, from its title: lower-case letters, digits and dashes, not taken by another section. */
    static String keyFor(String title, Set<String> taken) {
        String plain = MARKS.matcher(Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        String base = NOT_KEY.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        if (base.length() > KEY) {
            base = base.substring(0, KEY).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "section";
        }
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        taken.add(key);
        return key;
    }

    private void requireCurrent(Charter charter, int expectedNumber) {
        int current = charter.getCurrentNumber();
        if (current == expectedNumber) {
            return;
        }
        if (expectedNumber < 0 || expectedNumber > current) {
            throw new StaleEditException("The charter is at version " + current + ", not " + expectedNumber
                    + ". Your edit is still in the form: check it against version " + current + " and save again.");
        }
        List<VersionSummary> since = new ArrayList<>(history().stream().filter(v -> v.number() > expectedNumber).toList());
        Collections.reverse(since);
        String who = since.stream().map(v -> v.approvedByName().equals(v.authorName()) ? v.authorName()
                : v.authorName() + " (approved by " + v.approvedByName() + ")").distinct().collect(Collectors.joining(" and "));
        String what = CharterFields.changes(sectionsAt(expectedNumber), sectionsAt(current)).stream().map(FieldChange::field)
                .collect(Collectors.joining("; "));
        throw new StaleEditException(who + " saved " + (since.size() == 1 ? "version " + current
                : "versions " + (expectedNumber + 1) + " to " + current) + " while you were editing, so your changes were not saved. "
                + "They changed: " + what + ". Your edit is still in the form: compare it with theirs and save again.");
    }

    private List<CharterSection> sectionsAt(int number) {
        if (number == 0) {
            return List.of();
        }
        return versions.findNumbered(Charter.ID, List.of(number)).stream().findFirst().map(CharterVersion::sections)
                .orElseThrow(() -> new IllegalStateException("The charter's version " + number + " is missing."));
    }

    private Charter charter() {
        return charters.findById(Charter.ID).orElseThrow(() -> new IllegalStateException("The charter row (V23) is missing."));
    }

    private Charter lock() {
        return charters.lockById(Charter.ID).orElseThrow(() -> new IllegalStateException("The charter row (V23) is missing."));
    }

    /** The charter as the governance sees it: its sections as fields, at a version. */
    private static Subject subject(int number, List<CharterSection> sections) {
        return new Subject(CHARTER, Charter.ID, "charter", "GTM charter", number, CharterFields.of(sections), CharterFields.READER);
    }

    private Map<Long, String> names() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
    }
}
