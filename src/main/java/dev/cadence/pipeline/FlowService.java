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
import org.springframework.stereotype.Service;

/**
 * What moved between two pipeline snapshots for a fiscal quarter (see {@link FlowBucket} for the buckets and their
 * order), computed in the database by {@link FlowReads}: a bounded number of statements whatever the deals.
 */
@Service
public class FlowService {

    /** A bucket's list shows this many deals at most, the largest first; its count and amount are of all. */
    static final int LISTED = 200;

    private final PipelineStore store;
    private final FlowReads reads;
    private final CompanyService company;
    private final PipelineCache cache;

    FlowService(PipelineStore store, FlowReads reads, CompanyService company, PipelineCache cache) {
        this.store = store;
        this.reads = reads;
        this.company = company;
        this.cache = cache;
    }

    /** What tells kept flows apart: the parameters as given (a default resolves the same way until the pipeline changes). */
    private record FlowKey(String what, LocalDate from, LocalDate to, String segment, String quarter, FlowBucket bucket) {
    }

    /** The two snapshots compared, the quarter, and the segment ({@code null}: every segment). */
    public record Scope(SnapshotSummary from, SnapshotSummary to, FiscalQuarter quarter, SegmentView segment) {

        FlowReads.Between between() {
            return new FlowReads.Between(from.id(), to.id(), quarter.start(), quarter.end(), segment == null ? null : segment.id());
        }

        public String segmentKey() {
            return segment == null ? null : segment.key();
        }
    }

    /**
     * The page: the flow between {@code from} and {@code to} (by default the last two snapshots), for the quarter;
     * from {@link PipelineCache} unless the pipeline changed since.
     */
    public FlowPage page(LocalDate from, LocalDate to, String segment, String quarter, CadenceUser me) {
        PipelinePermissions.requireRead(me);
        return cache.get(new FlowKey("page", from, to, segment, quarter, null), () -> readPage(from, to, segment, quarter));
    }

    private FlowPage readPage(LocalDate from, LocalDate to, String segment, String quarter) {
        List<SnapshotSummary> snapshots = store.snapshots();
        List<SegmentView> segments = company.segments();
        if (snapshots.size() < 2) {
            return new FlowPage(null, snapshots, segments, List.of(), null, null, null, List.of(), List.of(), List.of());
        }
        Scope scope = scope(snapshots, segments, from, to, segment, quarter);
        FlowReads.Between between = scope.between();
        Flow flow = Flow.of(reads.moves(between));
        SnapshotSummary quarterFrom = quarterFrom(snapshots, scope);
        FlowReads.Between overQuarter = new FlowReads.Between(quarterFrom.id(), scope.to().id(), scope.quarter().start(),
                scope.quarter().end(), between.segmentId());
        return new FlowPage(scope, snapshots, segments, quarters(scope.to().asOf(), scope.quarter()), flow, FlowChart.of(flow),
                quarterFrom, reads.conversion(overQuarter), reads.sources(overQuarter), reads.owners(between));
    }

    /**
     * Where conversion and sources over the quarter start: the last snapshot taken by the quarter's first day, else the
     * quarter's first snapshot; the first snapshot compared when neither is before the second.
     */
    private static SnapshotSummary quarterFrom(List<SnapshotSummary> snapshots, Scope scope) {
        // Newest first.
        SnapshotSummary chosen = null;
        for (SnapshotSummary s : snapshots) {
            if (!s.asOf().isBefore(scope.to().asOf())) {
                continue;
            }
            chosen = s;
            if (!s.asOf().isAfter(scope.quarter().start())) {
                break;
            }
        }
        return chosen == null ? scope.from() : chosen;
    }

    /** The flow alone, for the API. */
    public Scoped<Flow> flow(LocalDate from, LocalDate to, String segment, String quarter, CadenceUser me) {
        PipelinePermissions.requireRead(me);
        return cache.get(new FlowKey("flow", from, to, segment, quarter, null), () -> {
            Scope scope = scope(from, to, segment, quarter);
            return new Scoped<>(scope, Flow.of(reads.moves(scope.between())));
        });
    }

    /** One bucket's deals, the largest first. */
    public Scoped<FlowDeals> deals(FlowBucket bucket, LocalDate from, LocalDate to, String segment, String quarter, CadenceUser me) {
        PipelinePermissions.requireRead(me);
        return cache.get(new FlowKey("deals", from, to, segment, quarter, bucket), () -> {
            Scope scope = scope(from, to, segment, quarter);
            return new Scoped<>(scope, reads.deals(scope.between(), bucket, LISTED));
        });
    }

    public record Scoped<T>(Scope scope, T value) {
    }

    private Scope scope(LocalDate from, LocalDate to, String segment, String quarter) {
        List<SnapshotSummary> snapshots = store.snapshots();
        if (snapshots.size() < 2) {
            throw new NotFoundException("What moved needs two pipeline snapshots; there " + (snapshots.isEmpty() ? "are none" : "is one") + ".");
        }
        return scope(snapshots, company.segments(), from, to, segment, quarter);
    }

    private Scope scope(List<SnapshotSummary> snapshots, List<SegmentView> segments, LocalDate from, LocalDate to, String segment,
                        String quarter) {
        // Newest first: by default the latest and the one before it.
        SnapshotSummary second = to == null ? snapshots.get(0) : SnapshotSummary.on(snapshots, to);
        SnapshotSummary first;
        if (from == null) {
            first = snapshots.stream().filter(s -> s.asOf().isBefore(second.asOf())).findFirst()
                    .orElseThrow(() -> new RuleViolationException("to", "There is no snapshot before " + second.asOf() + " to compare it with."));
        } else {
            first = SnapshotSummary.on(snapshots, from);
        }
        if (!first.asOf().isBefore(second.asOf())) {
            throw new RuleViolationException("from", "Compare a snapshot with a later one: " + first.asOf() + " is not before "
                    + second.asOf() + ".");
        }
        SegmentView chosen = null;
        if (segment != null && !segment.isBlank()) {
            chosen = segments.stream().filter(s -> s.key().equals(segment.strip())).findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no segment " + segment + "."));
        }
        int fiscalStart = company.profile().fiscalYearStartMonth();
        FiscalQuarter q = quarter == null || quarter.isBlank() ? FiscalQuarter.of(second.asOf(), fiscalStart) : CloseQuarters.parse(quarter.strip(), fiscalStart);
        return new Scope(first, second, q, chosen);
    }

    /** Where a snapshot's deals close, and the chosen quarter if it is elsewhere. */
    private static List<String> quarters(LocalDate asOf, FiscalQuarter chosen) {
        List<String> keys = new ArrayList<>(CloseQuarters.around(asOf, chosen.fiscalYearStartMonth()));
        if (!keys.contains(chosen.key())) {
            keys.add(chosen.key());
        }
        return keys;
    }
}
