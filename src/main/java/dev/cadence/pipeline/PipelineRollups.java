package dev.cadence.pipeline;

import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fiscal quarter's bookings as the CRM rolled them up, snapshot by snapshot and segment by segment, for the
 * features that compare a call with the data (the forecast, the review meeting): closed won in the quarter and the
 * open deals closing in it, by forecast category. Computed in the database, one statement for any number of
 * quarters and snapshots.
 *
 * <p>The snapshots read for a quarter are every snapshot from the latest one on or before its first day to the first
 * one on or after its last day (all of them while no snapshot is that late).
 * <ul>
 *   <li><b>Closed won</b> as of a snapshot: deals won with a close date in the quarter, each counted at the amount
 *   of the latest snapshot (up to that one) that listed it. A won deal that a later export no longer lists (exports
 *   keep recently closed deals only) stays won; one that a later export lists otherwise (reopened, lost, closing
 *   outside the quarter) stops counting then.</li>
 *   <li><b>Commit</b>, <b>best case</b>, <b>pipeline</b>: the open deals of that snapshot closing in the quarter, by
 *   their forecast category (omitted deals count in none).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class PipelineRollups {

    private final NamedParameterJdbcTemplate jdbc;
    private final PipelineCache cache;

    PipelineRollups(NamedParameterJdbcTemplate jdbc, PipelineCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    private record RollupsKey(List<FiscalQuarter> quarters) {
    }

    /** One snapshot's roll-up for one segment ({@code segmentId} {@code null}: deals without a segment, or a total). */
    public record Rollup(LocalDate asOf, Long segmentId, BigDecimal closedWon, BigDecimal commit, BigDecimal bestCase,
                         BigDecimal pipeline) {

        static Rollup zero(LocalDate asOf, Long segmentId) {
            return new Rollup(asOf, segmentId, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        /** Open deals closing in the quarter, in any forecasted category. */
        public BigDecimal open() {
            return commit.add(bestCase).add(pipeline);
        }

        /** What the CRM says will close: closed won and open commit. */
        public BigDecimal wonAndCommit() {
            return closedWon.add(commit);
        }

        Rollup plus(Rollup other) {
            return new Rollup(asOf, null, closedWon.add(other.closedWon), commit.add(other.commit), bestCase.add(other.bestCase),
                    pipeline.add(other.pipeline));
        }
    }

    /** A quarter's roll-ups: the snapshots read, oldest first, and their rows by segment. */
    public record QuarterRollups(FiscalQuarter quarter, List<LocalDate> snapshots, List<Rollup> rows) {

        /** The latest snapshot on or before the day, if any was read. */
        public Optional<LocalDate> latestOnOrBefore(LocalDate day) {
            LocalDate found = null;
            for (LocalDate s : snapshots) {
                if (!s.isAfter(day)) {
                    found = s;
                }
            }
            return Optional.ofNullable(found);
        }

        /** The first snapshot on or after the quarter's last day: where its actual bookings are read. */
        public Optional<LocalDate> closing() {
            return snapshots.stream().filter(s -> !s.isBefore(quarter.end())).findFirst();
        }

        /** One segment's roll-up at that snapshot (zeros when it had none). */
        public Rollup of(LocalDate asOf, long segmentId) {
            return rows.stream().filter(r -> r.asOf().equals(asOf) && Objects.equals(r.segmentId(), segmentId)).findFirst()
                    .orElseGet(() -> Rollup.zero(asOf, segmentId));
        }

        /** Every segment's (and unsegmented deals') roll-up at that snapshot, added up. */
        public Rollup total(LocalDate asOf) {
            return rows.stream().filter(r -> r.asOf().equals(asOf)).reduce(Rollup.zero(asOf, null), Rollup::plus);
        }
    }

    /** The quarter's roll-ups. */
    public QuarterRollups quarter(FiscalQuarter quarter) {
        return quarters(List.of(quarter)).get(0);
    }

    /**
     * Each quarter's roll-ups, in the order given, in one statement: from {@link PipelineCache} unless the pipeline
     * changed since (a quarter's roll-up reads every deal of a dozen snapshots or more).
     */
    public List<QuarterRollups> quarters(List<FiscalQuarter> quarters) {
        if (quarters.isEmpty()) {
            return List.of();
        }
        List<FiscalQuarter> asked = List.copyOf(quarters);
        return cache.get(new RollupsKey(asked), () -> read(asked));
    }

    private List<QuarterRollups> read(List<FiscalQuarter> quarters) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            values.add("(" + i + ", cast(:s" + i + " as date), cast(:e" + i + " as date))");
            params.addValue("s" + i, quarters.get(i).start()).addValue("e" + i, quarters.get(i).end());
        }
        Map<Integer, TreeSet<LocalDate>> snapshots = new LinkedHashMap<>();
        Map<Integer, List<Rollup>> rows = new LinkedHashMap<>();
        for (int i = 0; i < quarters.size(); i++) {
            snapshots.put(i, new TreeSet<>());
            rows.put(i, new ArrayList<>());
        }
        jdbc.query("""
                with q(n, qs, qe) as (values %s),
                     b as (select q.n, q.qs, q.qe,
                                  coalesce((select max(as_of) from pipeline_snapshot where as_of <= q.qs), q.qs) as first_day,
                                  coalesce((select min(as_of) from pipeline_snapshot where as_of >= q.qe), date '9999-12-31') as last_day
                           from q),
                     s as (select b.n, b.qs, b.qe, x.id, x.as_of
                           from b join pipeline_snapshot x on x.as_of between b.first_day and b.last_day),
                     r as (select s.n, s.as_of, d.segment_id, d.amount, d.outcome, d.forecast_category,
                                  lead(s.as_of) over (partition by s.n, d.deal_id order by s.as_of) as until
                           from s join pipeline_deal d on d.snapshot_id = s.id and d.close_date between s.qs and s.qe),
                     t as (select s.n, s.as_of, r.segment_id, r.amount, 'WON' as kind
                           from s join r on r.n = s.n and r.outcome = 'WON' and r.as_of <= s.as_of
                                        and (r.until is null or r.until > s.as_of)
                           union all
                           select r.n, r.as_of, r.segment_id, r.amount, r.forecast_category from r where r.outcome = 'OPEN')
                select s.n, s.as_of, t.segment_id, bool_or(t.kind is not null) as counted,
                       coalesce(sum(t.amount) filter (where t.kind = 'WON'), 0) as won,
                       coalesce(sum(t.amount) filter (where t.kind = 'COMMIT'), 0) as commit_amount,
                       coalesce(sum(t.amount) filter (where t.kind = 'BEST_CASE'), 0) as best_case,
                       coalesce(sum(t.amount) filter (where t.kind = 'PIPELINE'), 0) as pipeline
                from s left join t on t.n = s.n and t.as_of = s.as_of
                group by s.n, s.as_of, t.segment_id
                order by s.n, s.as_of
                """.formatted(String.join(", ", values)), params, rs -> {
            int n = rs.getInt("n");
            LocalDate asOf = rs.getObject("as_of", LocalDate.class);
            snapshots.get(n).add(asOf);
            if (rs.getBoolean("counted")) {
                long segment = rs.getLong("segment_id");
                rows.get(n).add(new Rollup(asOf, rs.wasNull() ? null : segment, rs.getBigDecimal("won"),
                        rs.getBigDecimal("commit_amount"), rs.getBigDecimal("best_case"), rs.getBigDecimal("pipeline")));
            }
        });
        List<QuarterRollups> result = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            result.add(new QuarterRollups(quarters.get(i), List.copyOf(snapshots.get(i)), List.copyOf(rows.get(i))));
        }
        return result;
    }

    /** The first and the last snapshot's dates, if there is any snapshot. */
    public Optional<LocalDate[]> span() {
        return jdbc.query("select min(as_of) as first_day, max(as_of) as last_day from pipeline_snapshot", rs -> {
            rs.next();
            LocalDate first = rs.getObject("first_day", LocalDate.class);
            return first == null ? Optional.empty() : Optional.of(new LocalDate[] {first, rs.getObject("last_day", LocalDate.class)});
        });
    }
}
