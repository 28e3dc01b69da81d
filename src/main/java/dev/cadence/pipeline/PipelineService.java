package dev.cadence.pipeline;

import dev.cadence.company.CompanyService;
import dev.cadence.company.SegmentView;
import dev.cadence.people.CadenceUser;
import dev.cadence.period.FiscalQuarter;
import dev.cadence.web.NotFoundException;
import dev.cadence.web.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the pipeline's pages show: a snapshot's deals with their inspection lists, and a deal across snapshots. */
@Service
public class PipelineService {

    /** The list shows this many deals at most, the largest first; the count and amount are of all that match. */
    static final int LISTED = 100;
    static final int INSPECTED = 10;
    static final int DEFAULT_STALE_WEEKS = 4;

    private final PipelineStore store;
    private final PipelineReads reads;
    private final CompanyService company;
    private final PipelineCache cache;

    PipelineService(PipelineStore store, PipelineReads reads, CompanyService company, PipelineCache cache) {
        this.store = store;
        this.reads = reads;
        this.company = company;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    public List<SnapshotSummary> snapshots(CadenceUser me) {
        PipelinePermissions.requireRead(me);
        return store.snapshots();
    }

    private record PageKey(LocalDate asOf, DealFilter filter, int staleWeeks) {
    }

    /**
     * The snapshot of {@code asOf} (the latest when {@code null}) and its deals that match the filter: from
     * {@link PipelineCache} unless the pipeline changed since.
     */
    public PipelinePage page(LocalDate asOf, DealFilter filter, int staleWeeks, CadenceUser me) {
        PipelinePermissions.requireRead(me);
        if (staleWeeks < 1 || staleWeeks > 52) {
            throw new RuleViolationException("staleWeeks", "Choose between 1 and 52 weeks.");
        }
        return cache.get(new PageKey(asOf, filter, staleWeeks), () -> readPage(asOf, filter, staleWeeks));
    }

    private PipelinePage readPage(LocalDate asOf, DealFilter filter, int staleWeeks) {
        List<SnapshotSummary> snapshots = store.snapshots();
        List<SegmentView> segments = company.segments();
        if (snapshots.isEmpty()) {
            return new PipelinePage(null, snapshots, filter, List.of(), 0, java.math.BigDecimal.ZERO, segments, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), staleWeeks, List.of());
        }
        SnapshotSummary snapshot = asOf == null ? snapshots.get(0) : SnapshotSummary.on(snapshots, asOf);
        if (filter.segment() != null && segments.stream().noneMatch(s -> s.key().equals(filter.segment()))) {
            throw new NotFoundException("There is no segment " + filter.segment() + ".");
        }
        int fiscalStart = company.profile().fiscalYearStartMonth();
        FiscalQuarter quarter = filter.quarter() == null ? null : CloseQuarters.parse(filter.quarter(), fiscalStart);
        PipelineReads.Listed listed = reads.deals(snapshot.id(), filter, quarter == null ? null : quarter.start(),
                quarter == null ? null : quarter.end(), LISTED);
        Map<String, List<String>> choices = reads.choices(snapshot.id());
        return new PipelinePage(snapshot, snapshots, filter, listed.deals(), listed.matching(), listed.amount(), segments,
                choices.get("owner"), choices.get("stage"), CloseQuarters.around(snapshot.asOf(), fiscalStart),
                reads.pushed(snapshot.id(), 2, INSPECTED), reads.pastDue(snapshot.id(), snapshot.asOf(), INSPECTED),
                reads.unchangedSince(snapshot.id(), snapshot.asOf().minusWeeks(staleWeeks), INSPECTED), staleWeeks,
                reads.largestOpen(snapshot.id(), INSPECTED));
    }

    /** A deal in every snapshot that holds it; unknown ids are not found. */
    @Transactional(readOnly = true)
    public DealHistory deal(String dealId, CadenceUser me) {
        PipelinePermissions.requireRead(me);
        return cache.get(new DealKey(dealId), () -> readDeal(dealId));
    }

    private record DealKey(String dealId) {
    }

    private DealHistory readDeal(String dealId) {
        var rows = reads.history(dealId);
        if (rows.isEmpty()) {
            throw new NotFoundException("No snapshot holds a deal " + dealId + ".");
        }
        List<DealHistory.Entry> entries = new ArrayList<>();
        DealView before = null;
        int pushes = 0;
        for (var row : rows) {
            DealView d = row.getValue();
            boolean pushed = before != null && d.closeDate().isAfter(before.closeDate());
            List<String> moves = new ArrayList<>();
            if (before != null) {
                if (d.closeDate().isBefore(before.closeDate())) {
                    moves.add("Pulled in");
                }
                if (!Objects.equals(d.stage(), before.stage())) {
                    moves.add("Stage: " + before.stage() + " → " + d.stage());
                } else if (d.meaning() != before.meaning()) {
                    moves.add(before.meaning().label() + " → " + d.meaning().label());
                }
                int amount = d.amount().compareTo(before.amount());
                if (amount != 0) {
                    moves.add(amount > 0 ? "Amount up" : "Amount down");
                }
            }
            pushes += pushed ? 1 : 0;
            entries.add(new DealHistory.Entry(row.getKey(), d.amount(), d.stage(), d.meaning(), d.closeDate(), pushed, List.copyOf(moves)));
            before = d;
        }
        var last = rows.get(rows.size() - 1);
        return new DealHistory(last.getValue(), last.getKey(), entries, pushes);
    }
}
