package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What moved between two snapshots, computed in the database: the two snapshots' deals full-outer-joined on the deal
 * id, each classified by {@link FlowBucket}'s order in one {@code case}, then aggregated. One statement each, whatever
 * the number of deals; nothing loads every deal.
 */
@Repository
class FlowReads {

    /**
     * Each deal of either snapshot with both sides and its bucket ({@code null} when it moves nothing). Postgres inlines
     * these CTEs (each is read once), so the snapshots are read through their primary key.
     */
    private static final String MOVES = """
            with f as (select * from pipeline_deal where snapshot_id = :from %1$s),
                 t as (select * from pipeline_deal where snapshot_id = :to %1$s),
                 j as (select coalesce(t.deal_id, f.deal_id) as deal_id,
                              f.deal_id is not null as in_from, t.deal_id is not null as in_to,
                              coalesce(f.outcome = 'OPEN' and f.close_date between :qs and :qe, false) as in_start,
                              coalesce(t.outcome = 'OPEN' and t.close_date between :qs and :qe, false) as in_end,
                              coalesce(t.name, f.name) as name, coalesce(t.account, f.account) as account,
                              coalesce(t.owner, f.owner) as owner, coalesce(t.segment_id, f.segment_id) as segment_id,
                              t.owner as t_owner, t.source as t_source,
                              f.stage as f_stage, t.stage as t_stage,
                              f.forecast_category as f_category, t.forecast_category as t_category,
                              f.outcome as f_outcome, t.outcome as t_outcome,
                              f.amount as fa, t.amount as ta, f.close_date as f_close, t.close_date as t_close
                       from f full join t on t.deal_id = f.deal_id),
                 m as (select j.*,
                              case when in_start and t_outcome = 'WON' then 'WON'
                                   when in_start and t_outcome = 'LOST' then 'LOST'
                                   when in_start and (not in_to or t_close < :qs) then 'REMOVED'
                                   when in_start and t_close > :qe then 'PUSHED_OUT'
                                   when in_start then 'STAYED'
                                   when in_end and not in_from then 'NEW'
                                   when in_end then 'PULLED_IN'
                                   when t_outcome = 'WON' and t_close between :qs and :qe
                                        and f_outcome is distinct from 'WON' then 'WON_OUTSIDE'
                              end as bucket
                       from j)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    FlowReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which two snapshots, which quarter, which segment ({@code null}: all). */
    record Between(long fromId, long toId, LocalDate quarterStart, LocalDate quarterEnd, Long segmentId) {

        MapSqlParameterSource params() {
            MapSqlParameterSource p = new MapSqlParameterSource("from", fromId).addValue("to", toId)
                    .addValue("qs", quarterStart).addValue("qe", quarterEnd);
            if (segmentId != null) {
                p.addValue("segment", segmentId);
            }
            return p;
        }

        String moves() {
            return MOVES.formatted(segmentId == null ? "" : "and segment_id = :segment");
        }
    }

    /** The deals of one bucket and their forecast categories at both snapshots: the totals and the transition matrix. */
    record Move(FlowBucket bucket, ForecastCategory fromCategory, ForecastCategory toCategory, int deals, BigDecimal fromAmount,
                BigDecimal toAmount, int increased, BigDecimal increasedAmount, int decreased, BigDecimal decreasedAmount) {
    }

    List<Move> moves(Between between) {
        return jdbc.query(between.moves() + """
                select bucket, f_category, t_category, count(*) as deals,
                       coalesce(sum(fa), 0) as from_amount, coalesce(sum(ta), 0) as to_amount,
                       count(*) filter (where bucket = 'STAYED' and ta > fa) as increased,
                       coalesce(sum(ta - fa) filter (where bucket = 'STAYED' and ta > fa), 0) as increased_amount,
                       count(*) filter (where bucket = 'STAYED' and ta < fa) as decreased,
                       coalesce(sum(fa - ta) filter (where bucket = 'STAYED' and ta < fa), 0) as decreased_amount
                from m where bucket is not null
                group by bucket, f_category, t_category
                """, between.params(), (rs, n) -> new Move(FlowBucket.valueOf(rs.getString("bucket")),
                category(rs, "f_category"), category(rs, "t_category"), rs.getInt("deals"), rs.getBigDecimal("from_amount"),
                rs.getBigDecimal("to_amount"), rs.getInt("increased"), rs.getBigDecimal("increased_amount"),
                rs.getInt("decreased"), rs.getBigDecimal("decreased_amount")));
    }

    /** The amount a bucket counts for a deal: at the first snapshot for outflows, at the second for inflows. */
    private static String counted(FlowBucket bucket) {
        return switch (bucket) {
            case INCREASED -> "ta - fa";
            case DECREASED -> "fa - ta";
            case PUSHED_OUT, WON, LOST, REMOVED -> "fa";
            case NEW, PULLED_IN, STAYED, WON_OUTSIDE -> "ta";
        };
    }

    private static String where(FlowBucket bucket) {
        return switch (bucket) {
            case INCREASED -> "bucket = 'STAYED' and ta > fa";
            case DECREASED -> "bucket = 'STAYED' and ta < fa";
            default -> "bucket = '" + bucket.name() + "'";
        };
    }

    /** A bucket's deals, the largest counted amount first, at most {@code limit}, with the count and sum of all of them. */
    FlowDeals deals(Between between, FlowBucket bucket, int limit) {
        List<FlowDeal> deals = new ArrayList<>();
        int[] count = {0};
        BigDecimal[] sum = {BigDecimal.ZERO};
        String counted = counted(bucket);
        jdbc.query(between.moves() + """
                select m.*, g.name as segment, %1$s as counted, count(*) over () as matching, sum(%1$s) over () as matching_amount
                from m left join segment g on g.id = m.segment_id
                where %2$s
                order by counted desc, deal_id limit :limit
                """.formatted(counted, where(bucket)), between.params().addValue("limit", limit), rs -> {
            deals.add(new FlowDeal(rs.getString("deal_id"), rs.getString("name"), rs.getString("account"), rs.getString("owner"),
                    rs.getString("segment"), side(rs, "f"), side(rs, "t"), rs.getBigDecimal("counted")));
            count[0] = rs.getInt("matching");
            sum[0] = rs.getBigDecimal("matching_amount");
        });
        return new FlowDeals(bucket, deals, count[0], sum[0]);
    }

    /**
     * The deals open at the first snapshot and closing in the quarter, by their stage then, and how many were won (and
     * lost) by the second: each as its latest appearance in any snapshot between the two says, since a CRM export drops
     * closed deals after a while (a deal won in week 2 and gone from week 5's export was won, not removed).
     */
    List<StageConversion> conversion(Between between) {
        return jdbc.query("""
                with start as (select deal_id, stage, amount from pipeline_deal
                               where snapshot_id = :from and outcome = 'OPEN' and close_date between :qs and :qe %s),
                     seen as (select distinct on (d.deal_id) d.deal_id, d.outcome
                              from pipeline_deal d join pipeline_snapshot s on s.id = d.snapshot_id
                              where s.as_of > (select as_of from pipeline_snapshot where id = :from)
                                and s.as_of <= (select as_of from pipeline_snapshot where id = :to)
                                and d.deal_id in (select deal_id from start)
                              order by d.deal_id, s.as_of desc)
                select st.stage, count(*) as deals, sum(st.amount) as amount,
                       count(*) filter (where seen.outcome = 'WON') as won,
                       coalesce(sum(st.amount) filter (where seen.outcome = 'WON'), 0) as won_amount,
                       count(*) filter (where seen.outcome = 'LOST') as lost
                from start st left join seen on seen.deal_id = st.deal_id
                group by st.stage order by amount desc, st.stage
                """.formatted(between.segmentId() == null ? "" : "and segment_id = :segment"), between.params(),
                (rs, n) -> new StageConversion(rs.getString("stage"), rs.getInt("deals"), rs.getBigDecimal("amount"),
                        rs.getInt("won"), rs.getBigDecimal("won_amount"), rs.getInt("lost")));
    }

    /** The end's pipeline by the deals' source, and how much of it is new since the first snapshot. */
    List<SourcePipeline> sources(Between between) {
        return jdbc.query(between.moves() + """
                select t_source as source, count(*) as deals, sum(ta) as amount,
                       coalesce(sum(ta) filter (where bucket in ('NEW', 'PULLED_IN')), 0) as added
                from m where in_end group by t_source order by amount desc, source nulls last
                """, between.params(), (rs, n) -> new SourcePipeline(rs.getString("source"), rs.getInt("deals"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("added")));
    }

    /** The end's pipeline by owner: how many deals, how much open, how much of it in commit (rep capacity). */
    List<OwnerPipeline> owners(Between between) {
        return jdbc.query(between.moves() + """
                select t_owner as owner, count(*) as deals, sum(ta) as amount,
                       count(*) filter (where t_category = 'COMMIT') as commit_deals,
                       coalesce(sum(ta) filter (where t_category = 'COMMIT'), 0) as commit_amount
                from m where in_end group by t_owner order by amount desc, owner nulls last
                """, between.params(), (rs, n) -> new OwnerPipeline(rs.getString("owner"), rs.getInt("deals"),
                rs.getBigDecimal("amount"), rs.getInt("commit_deals"), rs.getBigDecimal("commit_amount")));
    }

    private static ForecastCategory category(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : ForecastCategory.valueOf(value);
    }

    private static FlowDeal.Side side(ResultSet rs, String prefix) throws SQLException {
        String outcome = rs.getString(prefix + "_outcome");
        if (outcome == null) {
            return null;
        }
        return new FlowDeal.Side(rs.getString(prefix + "_stage"), PipelineReads.meaning(rs.getString(prefix + "_category"), outcome),
                rs.getBigDecimal(prefix + "a"), rs.getObject(prefix + "_close", LocalDate.class));
    }
}
