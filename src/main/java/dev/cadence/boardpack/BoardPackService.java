package dev.cadence.boardpack;

import dev.cadence.company.CompanyService;
import dev.cadence.people.CadenceUser;
import dev.cadence.people.PersonService;
import dev.cadence.people.PersonView;
import dev.cadence.period.Cadence;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.period.InvalidPeriodException;
import dev.cadence.period.Periods;
import dev.cadence.web.ConflictException;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly board pack: its versions, their commentary, finalizing (the figures, the commentary and the PDF frozen
 * with the PDF's SHA-256) and a new version from a final one. Every change locks the version's row first; a draft's
 * figures come from {@link PackAssembler}, a final version's from its snapshot only.
 */
@Service
@Transactional
public class BoardPackService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BoardPackService.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    /** The list shows the current quarter and the four before it, and any other quarter with a pack. */
    private static final int QUARTERS_LISTED = 5;

    private final BoardPackRepository packs;
    private final CommentaryRepository commentary;
    private final FinalPacks finals;
    private final PackAssembler assembler;
    private final BoardPackPdf pdf;
    private final CompanyService company;
    private final PersonService people;
    private final JsonMapper json;
    private final Clock clock;

    BoardPackService(BoardPackRepository packs, CommentaryRepository commentary, FinalPacks finals, PackAssembler assembler,
                     BoardPackPdf pdf, CompanyService company, PersonService people, JsonMapper json, Clock clock) {
        this.packs = packs;
        this.commentary = commentary;
        this.finals = finals;
        this.assembler = assembler;
        this.pdf = pdf;
        this.company = company;
        this.people = people;
        this.json = json;
        this.clock = clock;
    }

    // ---- reading ----

    /** The quarters with their versions, newest quarter first; for the board, final versions only. */
    @Transactional(readOnly = true)
    public List<PackRow> list(CadenceUser me) {
        FiscalQuarter current = currentQuarter();
        Map<String, List<BoardPack>> byQuarter = packs.findAllNewestFirst().stream()
                .collect(Collectors.groupingBy(BoardPack::getQuarterKey, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> hashes = finals.hashes(byQuarter.values().stream().flatMap(List::stream).filter(BoardPack::isFinal)
                .map(BoardPack::getId).toList());
        Map<Long, String> names = names();
        List<FiscalQuarter> quarters = new ArrayList<>();
        for (int i = 0; i < QUARTERS_LISTED; i++) {
            quarters.add(current.plus(-i));
        }
        for (String key : byQuarter.keySet()) {
            FiscalQuarter q = parse(key);
            if (!quarters.contains(q)) {
                quarters.add(q);
            }
        }
        quarters.sort((a, b) -> b.start().compareTo(a.start()));
        boolean drafts = BoardPackPermissions.canReadDrafts(me);
        List<PackRow> rows = new ArrayList<>();
        for (FiscalQuarter q : quarters) {
            List<PackVersion> versions = byQuarter.getOrDefault(q.key(), List.of()).stream()
                    .filter(p -> drafts || p.isFinal()).map(p -> version(p, hashes, names)).toList();
            if (drafts || !versions.isEmpty()) {
                rows.add(new PackRow(q.key(), q.label(), q.longLabel(), q.equals(current), versions));
            }
        }
        return rows;
    }

    /** The newest final pack, for the board's Home: one statement, none when nothing was finalized yet. */
    @Transactional(readOnly = true)
    public java.util.Optional<LatestPack> latestFinal() {
        return packs.findFinalsNewestFirst(org.springframework.data.domain.PageRequest.of(0, 1)).stream().findFirst()
                .map(p -> new LatestPack(p.getQuarterKey(), p.getNumber(), p.getFinalizedAt()));
    }

    /**
     * A version of a quarter's pack ({@code number} null: the newest one the reader may read). A quarter nobody has
     * written to yet shows its first draft. The board reads final versions only: a draft is refused (403).
     */
    @Transactional(readOnly = true)
    public PackPage page(String quarterKey, Integer number, CadenceUser me) {
        FiscalQuarter q = quarter(quarterKey);
        List<BoardPack> versions = packs.findByQuarters(List.of(q.key()));
        BoardPack chosen = choose(q, versions, number, me);
        Map<Long, String> names = names();
        Map<Long, String> hashes = finals.hashes(versions.stream().filter(BoardPack::isFinal).map(BoardPack::getId).toList());
        boolean drafts = BoardPackPermissions.canReadDrafts(me);
        List<PackVersion> shown = versions.stream().filter(p -> drafts || p.isFinal()).map(p -> version(p, hashes, names)).toList();
        boolean canWrite = BoardPackPermissions.canWrite(me);
        if (chosen == null) {
            // The quarter's first draft, before anyone wrote to it.
            return new PackPage(q.key(), 1, PackStatus.DRAFT, false, 0, Paper.A4, assembler.assemble(q, me), Map.of(), shown, null,
                    null, null, true, canWrite);
        }
        boolean latest = versions.get(0).getId().equals(chosen.getId());
        if (chosen.isFinal()) {
            FrozenPack frozen = frozen(chosen);
            return new PackPage(q.key(), chosen.getNumber(), PackStatus.FINAL, true, chosen.getVersion(), frozen.paper(), frozen.content(),
                    bySection(frozen.commentary()), shown, hashes.get(chosen.getId()), frozen.finalizedBy(), frozen.finalizedAt(), latest,
                    canWrite);
        }
        return new PackPage(q.key(), chosen.getNumber(), PackStatus.DRAFT, true, chosen.getVersion(), chosen.getPaper(),
                assembler.assemble(q, me), commentaryOf(chosen, names), shown, null, null, null, latest, canWrite);
    }

    /**
     * The PDF of a version ({@code number} null: the newest the reader may read): a final version's exactly as stored,
     * with its hash; a draft's typeset now, marked as a draft (never for the board).
     */
    @Transactional(readOnly = true)
    public PackPdf pdf(String quarterKey, Integer number, CadenceUser me) {
        FiscalQuarter q = quarter(quarterKey);
        List<BoardPack> versions = packs.findByQuarters(List.of(q.key()));
        BoardPack chosen = choose(q, versions, number, me);
        String company = this.company.profile().name();
        if (chosen != null && chosen.isFinal()) {
            FinalPacks.StoredPdf stored = finals.pdf(chosen.getId()).orElseThrow();
            return new PackPdf(stored.bytes(), stored.sha256(), fileName(company, q, chosen.getNumber(), true), true);
        }
        long started = System.nanoTime();
        PackPage page = page(quarterKey, number, me);
        long read = System.nanoTime();
        byte[] bytes = pdf.render(page, page.paper(), true);
        log.debug("Draft board pack {} v{}: figures read in {} ms, PDF typeset in {} ms", q.key(), page.number(),
                (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return new PackPdf(bytes, sha256(bytes), fileName(company, q, page.number(), false), false);
    }

    /** A PDF to send: its bytes, their SHA-256 (hex), the file's name, and whether it is a final version's stored one. */
    public record PackPdf(byte[] bytes, String sha256, String fileName, boolean stored) {
    }

    /** The quarter an address names ({@code FY2027-Q3}): one that has begun; anything else is refused (422). */
    @Transactional(readOnly = true)
    public FiscalQuarter quarter(String key) {
        FiscalQuarter q;
        try {
            q = parse(key == null ? "" : key.strip());
        } catch (InvalidPeriodException | RuleViolationException | ClassCastException bad) {
            throw new RuleViolationException("quarter", "\"" + key + "\" is not a fiscal quarter: write it as "
                    + currentQuarter().key() + ".");
        }
        if (q.start().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("quarter", q.label() + " has not begun: a pack reports a quarter under way or ended.");
        }
        return q;
    }

    @Transactional(readOnly = true)
    public FiscalQuarter currentQuarter() {
        return FiscalQuarter.of(LocalDate.now(clock), company.profile().fiscalYearStartMonth());
    }

    // ---- changing ----

    /**
     * Writes (or, blank, removes) a section's commentary in a draft version.
     *
     * @param expectedVersion the commentary's version the writer saw, {@code null} when they saw none; another means
     *                        someone else wrote it in between, and nothing is saved (409 with what they wrote)
     * @return the commentary as saved and the version's new version (what a finalize must now have seen)
     */
    public Saved saveCommentary(String quarterKey, int number, PackSection section, String body, Long expectedVersion, CadenceUser me) {
        BoardPackPermissions.requireWrite(me);
        String text = body == null ? "" : body.strip();
        if (text.length() > section.maxLength()) {
            throw new RuleViolationException("body", (section == PackSection.SUMMARY ? "The headline" : "The commentary") + " is at most "
                    + String.format(Locale.ROOT, "%,d", section.maxLength()) + " characters; this one has "
                    + String.format(Locale.ROOT, "%,d", text.length()) + ".");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new RuleViolationException("body", "The commentary holds a control character: write it as text.");
        }
        FiscalQuarter q = quarter(quarterKey);
        BoardPack pack = lockOrCreate(q, number, me);
        requireDraft(pack, q);
        Commentary existing = commentary.find(pack.getId(), section).orElse(null);
        if (existing == null && expectedVersion != null) {
            throw new StaleEditException("Someone removed the commentary of “" + section.title() + "” in the meantime. "
                    + "Yours is still in the box: save again to write it.");
        }
        if (existing != null && (expectedVersion == null || existing.getVersion() != expectedVersion)) {
            throw new StaleEditException(names().getOrDefault(existing.getWrittenBy(), "Someone") + " wrote this section's commentary at "
                    + WHEN.format(existing.getWrittenAt().atZone(zone())) + " while you were typing: “" + existing.getBody()
                    + "”. Yours was not saved; it is still in the box: save again to replace theirs.");
        }
        Instant now = Instant.now(clock);
        CommentaryView saved;
        if (text.isEmpty()) {
            if (existing != null) {
                commentary.delete(existing);
            }
            saved = CommentaryView.none(section);
        } else {
            Commentary c = existing == null ? new Commentary(pack.getId(), section, text, me.personId(), now) : existing;
            if (existing != null) {
                c.write(text, me.personId(), now);
            }
            commentary.saveAndFlush(c);
            saved = new CommentaryView(section, c.getBody(), me.displayName(), c.getWrittenAt(), c.getVersion());
        }
        pack.touch(me.personId(), now);
        packs.flush();
        return new Saved(saved, pack.getNumber(), pack.getVersion());
    }

    /** A commentary as saved, with its version's number and new version. */
    public record Saved(CommentaryView commentary, int number, long packVersion) {
    }

    /** Chooses the draft's paper: A4 or US Letter. */
    public Saved choosePaper(String quarterKey, int number, String paper, long expectedPackVersion, CadenceUser me) {
        BoardPackPermissions.requireWrite(me);
        Paper chosen = Paper.read(paper);
        FiscalQuarter q = quarter(quarterKey);
        BoardPack pack = lockOrCreate(q, number, me);
        requireDraft(pack, q);
        pack.choosePaper(chosen, me.personId(), Instant.now(clock));
        packs.flush();
        return new Saved(null, pack.getNumber(), pack.getVersion());
    }

    /**
     * Finalizes a draft: its figures as they are now and its commentary are frozen with the PDF typeset from them and
     * that PDF's SHA-256. Needs the leadership's headline (the summary's commentary).
     *
     * @param expectedPackVersion the version's version the finalizer saw: a change since (someone's commentary) is
     *                            refused, so nobody freezes what they have not read
     */
    public PackVersion finalizePack(String quarterKey, int number, long expectedPackVersion, CadenceUser me) {
        BoardPackPermissions.requireWrite(me);
        FiscalQuarter q = quarter(quarterKey);
        BoardPack pack = lockOrCreate(q, number, me);
        requireDraft(pack, q);
        Map<Long, String> names = names();
        if (pack.getVersion() != expectedPackVersion) {
            throw new StaleEditException(names.getOrDefault(pack.getChangedBy(), "Someone") + " changed this draft at "
                    + WHEN.format(pack.getChangedAt().atZone(zone())) + ", after you opened it. Read it again before finalizing: "
                    + "nothing was frozen.");
        }
        Map<PackSection, CommentaryView> written = commentaryOf(pack, names);
        if (!written.getOrDefault(PackSection.SUMMARY, CommentaryView.none(PackSection.SUMMARY)).written()) {
            throw new RuleViolationException("body", "Write the leadership's headline in the Summary before finalizing: the board reads "
                    + "it first.");
        }
        Instant now = Instant.now(clock);
        PackContent content = assembler.assemble(q, me);
        FrozenPack frozen = new FrozenPack(content, List.copyOf(written.values()), pack.getPaper(), me.displayName(), now);
        PackPage page = new PackPage(q.key(), pack.getNumber(), PackStatus.FINAL, true, pack.getVersion(), pack.getPaper(), content, written,
                List.of(), null, me.displayName(), now, true, false);
        byte[] bytes = pdf.render(page, pack.getPaper(), false);
        String hash = sha256(bytes);
        finals.store(pack.getId(), json.writeValueAsString(frozen), bytes, hash);
        pack.finalizeBy(me.personId(), now);
        packs.flush();
        return new PackVersion(pack.getNumber(), PackStatus.FINAL, me.displayName(), now, hash);
    }

    /** Starts a new draft version from the quarter's newest version, a final one, with its commentary to work from. */
    public int newVersion(String quarterKey, CadenceUser me) {
        BoardPackPermissions.requireWrite(me);
        FiscalQuarter q = quarter(quarterKey);
        List<BoardPack> versions = packs.findByQuarters(List.of(q.key()));
        if (versions.isEmpty()) {
            throw new ConflictException("The pack of " + q.label() + " has no final version yet: write in its draft.");
        }
        BoardPack newest = packs.lock(q.key(), versions.get(0).getNumber()).orElseThrow();
        if (!newest.isFinal()) {
            throw new ConflictException("Version " + newest.getNumber() + " of " + q.label() + " is still a draft: work in it, "
                    + "no new version is needed.");
        }
        Instant now = Instant.now(clock);
        BoardPack next = packs.saveAndFlush(new BoardPack(q.key(), newest.getNumber() + 1, newest.getPaper(), me.personId(), now));
        for (Commentary c : commentary.findByPack(newest.getId())) {
            commentary.save(new Commentary(next.getId(), c.getSection(), c.getBody(), c.getWrittenBy(), c.getWrittenAt()));
        }
        commentary.flush();
        return next.getNumber();
    }

    // ---- helpers ----

    private BoardPack choose(FiscalQuarter q, List<BoardPack> versions, Integer number, CadenceUser me) {
        boolean drafts = BoardPackPermissions.canReadDrafts(me);
        if (number != null) {
            BoardPack found = versions.stream().filter(p -> p.getNumber() == number).findFirst().orElse(null);
            if (found == null && !(number == 1 && versions.isEmpty())) {
                throw new NotFoundException("The pack of " + q.label() + " has no version " + number + ".");
            }
            if ((found == null || !found.isFinal()) && !drafts) {
                BoardPackPermissions.requireDraftReader(me, q.label());
            }
            return found;
        }
        if (drafts) {
            return versions.isEmpty() ? null : versions.get(0);
        }
        return versions.stream().filter(BoardPack::isFinal).findFirst()
                .orElseThrow(() -> {
                    BoardPackPermissions.requireDraftReader(me, q.label());
                    return new IllegalStateException();
                });
    }

    /** The version's row, locked; a quarter's first version is created by whoever writes to it first. */
    private BoardPack lockOrCreate(FiscalQuarter q, int number, CadenceUser me) {
        return packs.lock(q.key(), number).orElseGet(() -> {
            if (number != 1) {
                throw new NotFoundException("The pack of " + q.label() + " has no version " + number + ".");
            }
            packs.createFirst(q.key(), me.personId(), Instant.now(clock));
            return packs.lock(q.key(), number).orElseThrow();
        });
    }

    private static void requireDraft(BoardPack pack, FiscalQuarter q) {
        if (pack.isFinal()) {
            throw new ConflictException("Version " + pack.getNumber() + " of the " + q.label() + " pack is final: its figures and "
                    + "commentary are frozen as the board received them. Start a new version to change them.");
        }
    }

    private FrozenPack frozen(BoardPack pack) {
        String snapshot = finals.snapshot(pack.getId()).orElseThrow(() -> new IllegalStateException("Final pack " + pack.getId()
                + " has no snapshot"));
        return json.readValue(snapshot, FrozenPack.class);
    }

    private Map<PackSection, CommentaryView> commentaryOf(BoardPack pack, Map<Long, String> names) {
        Map<PackSection, CommentaryView> out = new EnumMap<>(PackSection.class);
        for (Commentary c : commentary.findByPack(pack.getId())) {
            out.put(c.getSection(), new CommentaryView(c.getSection(), c.getBody(), names.getOrDefault(c.getWrittenBy(), "Someone"),
                    c.getWrittenAt(), c.getVersion()));
        }
        return out;
    }

    private static Map<PackSection, CommentaryView> bySection(List<CommentaryView> list) {
        Map<PackSection, CommentaryView> out = new EnumMap<>(PackSection.class);
        list.forEach(c -> out.put(c.section(), c));
        return out;
    }

    private static PackVersion version(BoardPack p, Map<Long, String> hashes, Map<Long, String> names) {
        return new PackVersion(p.getNumber(), p.getStatus(), p.getFinalizedBy() == null ? null : names.get(p.getFinalizedBy()),
                p.getFinalizedAt(), hashes.get(p.getId()));
    }

    private Map<Long, String> names() {
        return people.everyone().stream().collect(Collectors.toMap(PersonView::id, PersonView::name));
    }

    private FiscalQuarter parse(String key) {
        return (FiscalQuarter) Periods.parse(key, Cadence.QUARTERLY, company.profile().fiscalYearStartMonth());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** "brightline-software-board-pack-FY2027-Q3-v2.pdf" ("-draft" for a draft). */
    private static String fileName(String company, FiscalQuarter q, int number, boolean isFinal) {
        String slug = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "" : slug + "-") + "board-pack-" + q.key() + "-v" + number + (isFinal ? "" : "-draft") + ".pdf";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
