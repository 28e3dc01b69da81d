package dev.cadence.pipeline;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.people.CadenceUser;
import dev.cadence.web.ConflictException;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import dev.cadence.web.StaleEditException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads CRM exports as pipeline snapshots: an upload is kept, previewed line by line, and stored — all of
 * it or nothing — once confirmed; a date that has a snapshot is replaced only when the person confirms
 * against the version they previewed. Stages the export gives no category are mapped once per CRM.
 */
@Service
@Transactional
public class PipelineImportService {

    /** More than any CRM export of open and recently closed deals; larger files are refused before parsing. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_DEALS = 50_000;
    private static final Duration UPLOAD_KEPT = Duration.ofDays(1);

    private final PipelineStore store;
    private final CompanyService company;
    private final Clock clock;

    PipelineImportService(PipelineStore store, CompanyService company, Clock clock) {
        this.store = store;
        this.company = company;
        this.clock = clock;
    }

    /** Keeps an uploaded export for its preview and confirmation; only its uploader reads it back. */
    public long upload(byte[] content, String fileName, CadenceUser actor) {
        PipelinePermissions.requireImport(actor);
        requireContent(content);
        // Uploads nobody confirmed within a day are dropped as the next one arrives.
        store.deleteUploadsBefore(Instant.now(clock).minus(UPLOAD_KEPT));
        return store.saveUpload(content, fileName == null || fileName.isBlank() ? null : clip(fileName, 255),
                actor.personId(), Instant.now(clock));
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(long uploadId, LocalDate asOf, CadenceUser actor) {
        PipelinePermissions.requireImport(actor);
        PipelineStore.Upload upload = upload(uploadId, actor);
        LocalDate date = requireDate(asOf);
        Plan plan = plan(upload, date, Map.of());
        SnapshotSummary existing = store.snapshotOn(date).orElse(null);
        // Until every stage has a meaning, some deals are not read yet: what would change is not known.
        ImportPreview.Changes changes = existing == null || !plan.unmapped().isEmpty() || plan.hasErrors() ? null
                : changes(plan.deals(), store.dealsOf(existing.id()));
        return new ImportPreview(uploadId, upload.fileName(), date, plan.format(), plan.lines(), plan.export().fileErrors(),
                plan.unmapped(), existing, changes);
    }

    /**
     * Stores the upload as the snapshot of {@code asOf}, with the stage meanings the person chose for the
     * stages it names that had none. Replacing an existing snapshot needs the version the preview showed
     * ({@code expectedVersion}); anything wrong in the file refuses it all.
     */
    public SnapshotSummary commit(long uploadId, LocalDate asOf, Long expectedVersion, Map<String, StageMeaning> chosen,
                                  CadenceUser actor) {
        PipelinePermissions.requireImport(actor);
        PipelineStore.Upload upload = upload(uploadId, actor);
        SnapshotSummary stored = store(upload.content(), upload.fileName(), requireDate(asOf), expectedVersion, chosen, actor);
        store.deleteUpload(uploadId);
        return stored;
    }

    /**
     * The API's one step: reads and stores an export as the snapshot of {@code asOf}. An existing snapshot of
     * that date is replaced only when {@code replace} says so; the same file again changes nothing.
     */
    public SnapshotSummary importExport(byte[] content, String fileName, LocalDate asOf, boolean replace, CadenceUser actor) {
        PipelinePermissions.requireImport(actor);
        requireContent(content);
        LocalDate date = requireDate(asOf);
        Long expected = null;
        if (replace) {
            expected = store.snapshotOn(date).map(SnapshotSummary::version).orElse(null);
        }
        return store(content, fileName, date, expected, Map.of(), actor);
    }

    @Transactional(readOnly = true)
    public List<StageMapping> stageMappings(CadenceUser actor) {
        PipelinePermissions.requireRead(actor);
        return store.allMappings();
    }

    public void mapStage(ExportFormat source, String stage, StageMeaning meaning, CadenceUser actor) {
        PipelinePermissions.requireImport(actor);
        if (source == null || meaning == null || stage == null || stage.isBlank()) {
            throw new RuleViolationException("Choose the CRM, the stage and what it means.");
        }
        store.saveMapping(source, clip(stage.strip(), 255), meaning, actor.personId(), Instant.now(clock));
    }

    private SnapshotSummary store(byte[] content, String fileName, LocalDate asOf, Long expectedVersion,
                                  Map<String, StageMeaning> chosen, CadenceUser actor) {
        Plan plan = plan(new PipelineStore.Upload(0, content, fileName), asOf, chosen);
        if (plan.hasErrors()) {
            throw new ExportRefusedException("Nothing was imported: " + plan.errorSummary()
                    + " Correct the file and upload it again.", plan.export().fileErrors(), plan.lines().stream()
                    .filter(l -> !l.errors().isEmpty())
                    .map(l -> new ExportRefusedException.LineErrors(l.line(), l.dealId(), l.errors())).toList());
        }
        if (!plan.unmapped().isEmpty()) {
            throw new ExportRefusedException("Nothing was imported: say what these stages mean first (at /pipeline/stages "
                    + "or in the import's preview): " + String.join(", ", plan.unmapped()) + ".", List.of(), List.of());
        }
        chosen.forEach((stage, meaning) -> {
            if (plan.stagesNeedingMeaning().contains(stage)) {
                store.saveMapping(plan.format(), stage, meaning, actor.personId(), Instant.now(clock));
            }
        });
        Instant now = Instant.now(clock);
        var existing = store.lockSnapshotOn(asOf);
        if (existing.isPresent()) {
            SnapshotSummary current = store.snapshotOn(asOf).orElseThrow();
            if (expectedVersion == null) {
                if (unchanged(plan, current)) {
                    return current;
                }
                throw new ConflictException("There is a snapshot of " + asOf + " already (" + current.dealCount()
                        + " deals, imported by " + current.importedBy() + "). Preview the file to see what would change, "
                        + "then confirm to replace it.");
            }
            if (current.version() != expectedVersion) {
                throw new StaleEditException("The snapshot of " + asOf + " was replaced by " + current.importedBy()
                        + " since your preview. Preview again to see what yours would change now.");
            }
            store.replaceSnapshot(existing.get(), plan.format(), fileName, plan.deals(), actor.personId(), now);
            store.insertDeals(existing.get(), plan.deals());
            store.deriveFrom(asOf);
        } else {
            try {
                long id = store.insertSnapshot(asOf, plan.format(), fileName, plan.deals(), actor.personId(), now);
                store.insertDeals(id, plan.deals());
                store.deriveFrom(asOf);
            } catch (DuplicateKeyException racing) {
                throw new ConflictException("Someone else imported a snapshot of " + asOf + " at the same moment. "
                        + "Preview again to see what yours would change.");
            }
        }
        return store.snapshotOn(asOf).orElseThrow();
    }

    private boolean unchanged(Plan plan, SnapshotSummary current) {
        return changes(plan.deals(), store.dealsOf(current.id())).none();
    }

    private Plan plan(PipelineStore.Upload upload, LocalDate asOf, Map<String, StageMeaning> chosen) {
        ParsedExport export = CrmExportReader.read(upload.content());
        if (export.lines().size() > MAX_DEALS) {
            export = ParsedExport.refused(export.format(), "The file has " + export.lines().size() + " deals; a snapshot holds "
                    + MAX_DEALS + " at the most.");
        }
        Map<String, StageMeaning> remembered = export.format() == null ? Map.of() : store.mappings(export.format());
        Map<String, Long> segments = segmentsByName();
        Map<Long, String> segmentNames = company.segments().stream().collect(Collectors.toMap(SegmentView::id, SegmentView::name));
        List<DealRecord> deals = new ArrayList<>();
        List<ImportPreview.PreviewLine> lines = new ArrayList<>();
        Set<String> needingMeaning = new LinkedHashSet<>(export.stagesWithoutCategory());
        Set<String> unmapped = new LinkedHashSet<>();
        for (ExportLine line : export.lines()) {
            DealLine d = line.deal();
            if (d == null) {
                lines.add(new ImportPreview.PreviewLine(line.line(), null, null, null, null, null, null, null, line.errors()));
                continue;
            }
            List<String> errors = new ArrayList<>();
            Long segmentId = null;
            if (d.segment() != null) {
                segmentId = segments.get(segmentKey(d.segment()));
                if (segmentId == null) {
                    errors.add("\"" + d.segment() + "\" is none of the company's segments ("
                            + String.join(", ", segmentNames.values()) + ").");
                }
            }
            StageMeaning meaning = d.forecastCategory() != null ? StageMeaning.of(d.forecastCategory(), d.stage())
                    : chosen.getOrDefault(d.stage(), remembered.get(d.stage()));
            if (meaning == null) {
                unmapped.add(d.stage());
            }
            lines.add(new ImportPreview.PreviewLine(line.line(), d.dealId(), d.name(), segmentId == null ? null : segmentNames.get(segmentId),
                    d.stage(), meaning == null ? "Stage to map" : meaning.label(), d.amount(), d.closeDate(), errors));
            if (errors.isEmpty() && meaning != null) {
                deals.add(new DealRecord(d.dealId(), d.name(), d.account(), d.owner(), segmentId, d.type(), d.stage(), meaning,
                        d.amount(), d.closeDate(), d.createdDate(), d.source()));
            }
        }
        return new Plan(upload, asOf, export, lines, deals, needingMeaning, List.copyOf(unmapped));
    }

    private record Plan(PipelineStore.Upload upload, LocalDate asOf, ParsedExport export, List<ImportPreview.PreviewLine> lines,
                        List<DealRecord> deals, Set<String> stagesNeedingMeaning, List<String> unmapped) {

        ExportFormat format() {
            return export.format();
        }

        boolean hasErrors() {
            return !export.fileErrors().isEmpty() || lines.stream().anyMatch(l -> !l.errors().isEmpty());
        }

        String errorSummary() {
            if (!export.fileErrors().isEmpty()) {
                return export.fileErrors().get(0);
            }
            long bad = lines.stream().filter(l -> !l.errors().isEmpty()).count();
            ImportPreview.PreviewLine first = lines.stream().filter(l -> !l.errors().isEmpty()).findFirst().orElseThrow();
            return bad + " line" + (bad == 1 ? " has" : "s have") + " errors (line " + first.line() + ": "
                    + first.errors().get(0) + ").";
        }
    }

    /** Deals added, removed and changed between what is stored and what the file holds, by deal id. */
    static ImportPreview.Changes changes(List<DealRecord> incoming, List<DealRecord> stored) {
        Map<String, DealRecord> before = stored.stream().collect(Collectors.toMap(DealRecord::dealId, Function.identity()));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (DealRecord d : incoming) {
            DealRecord was = before.remove(d.dealId());
            if (was == null) {
                added++;
            } else if (same(was, d)) {
                unchanged++;
            } else {
                changed++;
            }
        }
        return new ImportPreview.Changes(added, before.size(), changed, unchanged);
    }

    private static boolean same(DealRecord a, DealRecord b) {
        return a.amount().compareTo(b.amount()) == 0 && Objects.equals(a.name(), b.name()) && Objects.equals(a.account(), b.account())
                && Objects.equals(a.owner(), b.owner()) && Objects.equals(a.segmentId(), b.segmentId())
                && Objects.equals(a.type(), b.type()) && Objects.equals(a.stage(), b.stage()) && a.meaning() == b.meaning()
                && Objects.equals(a.closeDate(), b.closeDate()) && Objects.equals(a.createdDate(), b.createdDate())
                && Objects.equals(a.source(), b.source());
    }

    private Map<String, Long> segmentsByName() {
        Map<String, Long> byName = new HashMap<>();
        for (SegmentView s : company.segments()) {
            byName.put(segmentKey(s.name()), s.id());
            byName.put(segmentKey(s.key()), s.id());
        }
        return byName;
    }

    /** "Mid-Market", "mid market" and "midmarket" name the same segment. */
    private static String segmentKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private PipelineStore.Upload upload(long uploadId, CadenceUser actor) {
        return store.upload(uploadId, actor.personId()).orElseThrow(() -> new NotFoundException(
                "That upload is no longer here (uploads are kept a day). Upload the file again."));
    }

    private LocalDate requireDate(LocalDate asOf) {
        if (asOf == null) {
            throw new RuleViolationException("asOf", "Say which date the export is of.");
        }
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("asOf", "A snapshot is of a day that has come: " + asOf + " is in the future.");
        }
        return asOf;
    }

    private static void requireContent(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolationException("file", "Choose the export to upload: the file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("file", "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
