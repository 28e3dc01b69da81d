package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the pipeline's pages read: one aggregate or limited query each, whatever the number of deals and snapshots. */
@Repository
class PipelineReads {

    private static final String DEAL_COLUMNS = """
            d.deal_id, d.name, d.account, d.owner, g.name as segment, d.stage, d.forecast_category, d.outcome, d.amount,
            d.close_date, d.push_count, d.unchanged_since
            """;
    private static final String DEALS = "from pipeline_deal d left join segment g on g.id = d.segment_id where d.snapshot_id = :snapshot";

    private final NamedParameterJdbcTemplate jdbc;

    PipelineReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The deals that match, largest first, at most {@code limit}, each row also carrying the count and sum of all that match. */
    Listed deals(long snapshotId, DealFilter filter, LocalDate closeFrom, LocalDate closeTo, int limit) {
        MapSqlParameterSource p = new MapSqlParameterSource("snapshot", snapshotId).addValue("limit", limit);
        StringBuilder where = new StringBuilder();
        if (filter.segment() != null) {
            where.append(" and g.key = :segment");
            p.addValue("segment", filter.segment());
        }
        if (filter.owner() != null) {
            where.append(" and d.owner = :owner");
            p.addValue("owner", filter.owner());
        }
        if (filter.category() != null) {
            where.append(" and d.forecast_category = :category");
            p.addValue("category", filter.category().name());
        }
        if (filter.stage() != null) {
            where.append(" and d.stage = :stage");
            p.addValue("stage", filter.stage());
        }
        if (closeFrom != null) {
            where.append(" and d.close_date between :closeFrom and :closeTo");
            p.addValue("closeFrom", closeFrom).addValue("closeTo", closeTo);
        }
        List<DealView> deals = new ArrayList<>();
        int[] count = {0};
        BigDecimal[] sum = {BigDecimal.ZERO};
        jdbc.query("select " + DEAL_COLUMNS + ", count(*) over () as matching, sum(d.amount) over () as matching_amount "
                + DEALS + where + " order by d.amount desc, d.deal_id limit :limit", p, rs -> {
            deals.add(deal(rs));
            count[0] = rs.getInt("matching");
            sum[0] = rs.getBigDecimal("matching_amount");
        });
        if (deals.isEmpty()) {
            return new Listed(List.of(), 0, BigDecimal.ZERO);
        }
        return new Listed(deals, count[0], sum[0]);
    }

    record Listed(List<DealView> deals, int matching, BigDecimal amount) {
    }

    /** The owners and stages of a snapshot's deals, for the filters: {@code owner} and {@code stage} lists. */
    Map<String, List<String>> choices(long snapshotId) {
        List<String> owners = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        jdbc.query("""
                select 'owner' as kind, owner as value from pipeline_deal where snapshot_id = :snapshot and owner is not null
                union select 'stage', stage from pipeline_deal where snapshot_id = :snapshot
                order by 1, 2
                """, Map.of("snapshot", snapshotId), rs -> {
            ("owner".equals(rs.getString("kind")) ? owners : stages).add(rs.getString("value"));
        });
        return Map.of("owner", owners, "stage", stages);
    }

    /** Open deals whose close date moved later at least {@code times} times, largest first. */
    List<DealView> pushed(long snapshotId, int times, int limit) {
        return jdbc.query("select " + DEAL_COLUMNS + DEALS + " and d.outcome = 'OPEN' and d.push_count >= :times "
                + "order by d.push_count desc, d.amount desc limit :limit",
                Map.of("snapshot", snapshotId, "times", times, "limit", limit), (rs, n) -> deal(rs));
    }

    /** Open deals whose close date is before the snapshot's date, largest first. */
    List<DealView> pastDue(long snapshotId, LocalDate asOf, int limit) {
        return jdbc.query("select " + DEAL_COLUMNS + DEALS + " and d.outcome = 'OPEN' and d.close_date < :asOf "
                + "order by d.amount desc limit :limit", Map.of("snapshot", snapshotId, "asOf", asOf, "limit", limit),
                (rs, n) -> deal(rs));
    }

    /** Open deals unchanged (amount, stage, category, close date) since before {@code since}, largest first. */
    List<DealView> unchangedSince(long snapshotId, LocalDate since, int limit) {
        return jdbc.query("select " + DEAL_COLUMNS + DEALS + " and d.outcome = 'OPEN' and d.unchanged_since <= :since "
                + "order by d.amount desc limit :limit", Map.of("snapshot", snapshotId, "since", since, "limit", limit),
                (rs, n) -> deal(rs));
    }

    List<DealView> largestOpen(long snapshotId, int limit) {
        return jdbc.query("select " + DEAL_COLUMNS + DEALS + " and d.outcome = 'OPEN' order by d.amount desc, d.deal_id limit :limit",
                Map.of("snapshot", snapshotId, "limit", limit), (rs, n) -> deal(rs));
    }

    /** A deal in every snapshot that holds it, oldest first, with the snapshot's date. */
    List<Map.Entry<LocalDate, DealView>> history(String dealId) {
        return jdbc.query("select s.as_of, " + DEAL_COLUMNS
                + " from pipeline_deal d join pipeline_snapshot s on s.id = d.snapshot_id left join segment g on g.id = d.segment_id"
                + " where d.deal_id = :deal order by s.as_of", Map.of("deal", dealId),
                (rs, n) -> Map.entry(rs.getObject("as_of", LocalDate.class), deal(rs)));
    }

    private static DealView deal(ResultSet rs) throws SQLException {
        return new DealView(rs.getString("deal_id"), rs.getString("name"), rs.getString("account"), rs.getString("owner"),
                rs.getString("segment"), rs.getString("stage"), meaning(rs.getString("forecast_category"), rs.getString("outcome")),
                rs.getBigDecimal("amount"), rs.getObject("close_date", LocalDate.class), rs.getInt("push_count"),
                rs.getObject("unchanged_since", LocalDate.class));
    }

    static StageMeaning meaning(String category, String outcome) {
        return StageMeaning.stored(ForecastCategory.valueOf(category), StageMeaning.Outcome.valueOf(outcome));
    }
}
