package dev.cadence.pipeline;

import dev.cadence.period.FiscalQuarter;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the forecast review's pipeline panels read, in SQL: which two snapshots a meeting's day compares, the deals
 * that moved most between them, and the quarter's coverage by segment. One statement each, whatever the deals.
 */
@Repository
class ReviewPanelReads {

    private final NamedParameterJdbcTemplate jdbc;

    ReviewPanelReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest snapshot on or before {@code asOf} and the one before it; empty when there are not two. */
    Optional<ReviewWeek> week(LocalDate asOf, int fiscalStart) {
        record Snap(long id, LocalDate asOf) {
        }
        List<Snap> two = jdbc.query("select id, as_of from pipeline_snapshot where as_of <= :asOf order by as_of desc limit 2",
                new MapSqlParameterSource("asOf", Date.valueOf(asOf)),
                (rs, n) -> new Snap(rs.getLong("id"), rs.getObject("as_of", LocalDate.class)));
        if (two.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new ReviewWeek(asOf, two.get(1).id(), two.get(1).asOf(), two.get(0).id(), two.get(0).asOf(),
                FiscalQuarter.of(asOf, fiscalStart)));
    }

    /** Whether any snapshot exists on or before the day (to say which of the two is missing). */
    boolean anySnapshotBy(LocalDate asOf) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from pipeline_snapshot where as_of <= :asOf)",
                new MapSqlParameterSource("asOf", Date.valueOf(asOf)), Boolean.class));
    }

    /**
     * The deals pushed out, pulled in, won or lost, and those whose amount changed while they stayed, the largest
     * move first, at most {@code limit}; each row also carries how many such deals there are in all.
     */
    List<MovedDeal> movedDeals(ReviewWeek week, int limit) {
        FlowReads.Between between = week.between();
        return jdbc.query(between.moves() + """
                , x as (select m.*, g.name as segment_name,
                               case when bucket = 'STAYED' and ta > fa then 'INCREASED'
                                    when bucket = 'STAYED' and ta < fa then 'DECREASED'
                                    else bucket end as shown,
                               case when bucket in ('PUSHED_OUT', 'WON', 'LOST') then fa
                                    when bucket = 'PULLED_IN' then ta
                                    else abs(ta - fa) end as moved
                        from m left join segment g on g.id = m.segment_id
                        where bucket in ('PUSHED_OUT', 'PULLED_IN', 'WON', 'LOST') or (bucket = 'STAYED' and ta <> fa))
                select x.*, count(*) over () as matching,
                       (select push_count from pipeline_deal p where p.snapshot_id = :to and p.deal_id = x.deal_id) as pushes
                from x order by moved desc, deal_id limit :limit
                """, between.params().addValue("limit", limit), (rs, n) -> new MovedDeal(rs.getString("deal_id"),
                rs.getString("name"), rs.getString("account"), rs.getString("owner"), rs.getString("segment_name"),
                FlowBucket.valueOf(rs.getString("shown")), rs.getBigDecimal("fa"), rs.getBigDecimal("ta"),
                rs.getObject("f_close", LocalDate.class), rs.getObject("t_close", LocalDate.class), rs.getString("f_stage"),
                rs.getString("t_stage"), rs.getInt("pushes"), rs.getBigDecimal("moved"), rs.getInt("matching")));
    }

    /**
     * The quarter by segment, then all segments: won so far (each deal as the latest snapshot of the quarter up to the
     * meeting's shows it, as exports keep closed deals only a few weeks), the open pipeline closing in the quarter by
     * category at the meeting's snapshot and at the one before, and the open pipeline closing in the next quarter.
     */
    List<SegmentCoverage> coverage(ReviewWeek week) {
        FiscalQuarter q = week.quarter();
        FiscalQuarter next = q.plus(1);
        MapSqlParameterSource p = new MapSqlParameterSource("from", week.fromId()).addValue("to", week.toId())
                .addValue("qs", q.start()).addValue("qe", q.end()).addValue("ns", next.start()).addValue("ne", next.end())
                .addValue("toDate", week.to());
        return jdbc.query("""
                with won as (select distinct on (d.deal_id) d.deal_id, d.segment_id, d.outcome, d.amount, d.close_date
                             from pipeline_deal d join pipeline_snapshot s on s.id = d.snapshot_id
                             where s.as_of between :qs and :toDate
                             order by d.deal_id, s.as_of desc),
                     rows as (select segment_id, 'WON' as kind, amount, close_date, null as category, null::bigint as snapshot_id
                              from won where outcome = 'WON' and close_date between :qs and :qe
                              union all
                              select segment_id, outcome, amount, close_date, forecast_category, snapshot_id
                              from pipeline_deal where snapshot_id in (:from, :to) and outcome = 'OPEN')
                select g.name as segment, grouping(g.id) as total,
                       coalesce(sum(r.amount) filter (where r.kind = 'WON'), 0) as won,
                       coalesce(sum(r.amount) filter (where r.snapshot_id = :to and r.close_date between :qs and :qe
                                                      and r.category = 'COMMIT'), 0) as commit_amount,
                       coalesce(sum(r.amount) filter (where r.snapshot_id = :to and r.close_date between :qs and :qe
                                                      and r.category = 'BEST_CASE'), 0) as best_case,
                       coalesce(sum(r.amount) filter (where r.snapshot_id = :to and r.close_date between :qs and :qe
                                                      and r.category not in ('COMMIT', 'BEST_CASE')), 0) as pipeline,
                       coalesce(sum(r.amount) filter (where r.snapshot_id = :to and r.close_date between :qs and :qe), 0) as open_now,
                       coalesce(sum(r.amount) filter (where r.snapshot_id = :from and r.close_date between :qs and :qe), 0) as open_before,
                       coalesce(sum(r.amount) filter (where r.snapshot_id = :to and r.close_date between :ns and :ne), 0) as next_quarter
                from rows r left join segment g on g.id = r.segment_id
                group by grouping sets ((g.id, g.name, g.display_order), ())
                order by grouping(g.id), g.display_order, g.name
                """, p, (rs, n) -> new SegmentCoverage(rs.getInt("total") == 1 ? "All segments" : rs.getString("segment"),
                rs.getInt("total") == 1, rs.getBigDecimal("won"), rs.getBigDecimal("commit_amount"), rs.getBigDecimal("best_case"),
                rs.getBigDecimal("pipeline"), rs.getBigDecimal("open_now"), rs.getBigDecimal("open_before"),
                rs.getBigDecimal("next_quarter")));
    }
}
