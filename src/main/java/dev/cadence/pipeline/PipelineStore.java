package dev.cadence.pipeline;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The pipeline's tables, read and written in SQL: a snapshot holds thousands of deals, written in batches
 * and read by aggregate queries, never loaded deal by deal through an entity.
 */
@Repository
class PipelineStore {

    private static final String SNAPSHOT_COLUMNS = """
            s.id, s.as_of, s.source, s.file_name, s.deal_count, s.open_amount, s.imported_at, s.version, p.name as imported_by
            """;

    private final JdbcTemplate jdbc;

    PipelineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SnapshotSummary> snapshotOn(LocalDate asOf) {
        return jdbc.query("select " + SNAPSHOT_COLUMNS + " from pipeline_snapshot s join person p on p.id = s.imported_by "
                + "where s.as_of = ?", PipelineStore::snapshot, Date.valueOf(asOf)).stream().findFirst();
    }

    /** The snapshot of that date, its row locked until the transaction ends: replacing it is one at a time. */
    Optional<Long> lockSnapshotOn(LocalDate asOf) {
        return jdbc.queryForList("select id from pipeline_snapshot where as_of = ? for update", Long.class, Date.valueOf(asOf))
                .stream().findFirst();
    }

    List<SnapshotSummary> snapshots() {
        return jdbc.query("select " + SNAPSHOT_COLUMNS + " from pipeline_snapshot s join person p on p.id = s.imported_by "
                + "order by s.as_of desc", PipelineStore::snapshot);
    }

    List<DealRecord> dealsOf(long snapshotId) {
        return jdbc.query("""
                select deal_id, name, account, owner, segment_id, deal_type, stage, forecast_category, outcome, amount,
                       close_date, created_date, source
                from pipeline_deal where snapshot_id = ? order by deal_id
                """, (rs, n) -> new DealRecord(rs.getString("deal_id"), rs.getString("name"), rs.getString("account"),
                rs.getString("owner"), (Long) rs.getObject("segment_id", Long.class), rs.getString("deal_type"),
                rs.getString("stage"), meaning(rs), rs.getBigDecimal("amount"), rs.getObject("close_date", LocalDate.class),
                rs.getObject("created_date", LocalDate.class), rs.getString("source")), snapshotId);
    }

    long insertSnapshot(LocalDate asOf, ExportFormat source, String fileName, List<DealRecord> deals, long importedBy, Instant at) {
        return jdbc.queryForObject("""
                insert into pipeline_snapshot (as_of, source, file_name, deal_count, open_amount, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, Date.valueOf(asOf), source.name(), fileName, deals.size(), openAmount(deals), importedBy,
                Timestamp.from(at));
    }

    void replaceSnapshot(long id, ExportFormat source, String fileName, List<DealRecord> deals, long importedBy, Instant at) {
        jdbc.update("delete from pipeline_deal where snapshot_id = ?", id);
        jdbc.update("""
                update pipeline_snapshot set source = ?, file_name = ?, deal_count = ?, open_amount = ?, imported_by = ?,
                       imported_at = ?, version = version + 1
                where id = ?
                """, source.name(), fileName, deals.size(), openAmount(deals), importedBy, Timestamp.from(at), id);
    }

    /** What the snapshot list shows of a snapshot, kept with it: the amount of its open deals. */
    private static BigDecimal openAmount(List<DealRecord> deals) {
        return deals.stream().filter(d -> d.meaning().outcome() == StageMeaning.Outcome.OPEN).map(DealRecord::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Where the pipeline's pages stand: triggers move the counter on every write to what they show (V20). */
    long changeCounter() {
        Long counter = jdbc.queryForObject("select counter from pipeline_change where id = 1", Long.class);
        return counter == null ? -1 : counter;
    }

    void insertDeals(long snapshotId, List<DealRecord> deals) {
        jdbc.batchUpdate("""
                insert into pipeline_deal (snapshot_id, deal_id, name, account, owner, segment_id, deal_type, stage,
                                           forecast_category, outcome, amount, close_date, created_date, source,
                                           unchanged_since)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select as_of from pipeline_snapshot where id = ?))
                """, deals, 1000, (ps, d) -> {
            ps.setLong(1, snapshotId);
            ps.setString(2, d.dealId());
            ps.setString(3, d.name());
            ps.setString(4, d.account());
            ps.setString(5, d.owner());
            if (d.segmentId() == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, d.segmentId());
            }
            ps.setString(7, d.type());
            ps.setString(8, d.stage());
            ps.setString(9, d.meaning().category().name());
            ps.setString(10, d.meaning().outcome().name());
            ps.setBigDecimal(11, d.amount());
            ps.setObject(12, d.closeDate());
            ps.setObject(13, d.createdDate());
            ps.setString(14, d.source());
            ps.setLong(15, snapshotId);
        });
    }

    /**
     * Derives each deal's push count and the date since which it stayed unchanged, from the same deal in the
     * snapshot before, for the snapshots from {@code from} on (in date order, each from the one before it, so a
     * snapshot loaded between two others corrects the later ones too). Two statements a snapshot.
     */
    void deriveFrom(LocalDate from) {
        List<Map<String, Object>> following = jdbc.queryForList("""
                select s.id, s.as_of, (select p.id from pipeline_snapshot p where p.as_of < s.as_of order by p.as_of desc limit 1) as previous
                from pipeline_snapshot s where s.as_of >= ? order by s.as_of
                """, Date.valueOf(from));
        for (Map<String, Object> s : following) {
            long id = ((Number) s.get("id")).longValue();
            Object previous = s.get("previous");
            jdbc.update("update pipeline_deal set push_count = 0, unchanged_since = (select as_of from pipeline_snapshot where id = ?) "
                    + "where snapshot_id = ?", id, id);
            if (previous != null) {
                jdbc.update("""
                        update pipeline_deal cur set
                            push_count = p.push_count + case when cur.close_date > p.close_date then 1 else 0 end,
                            unchanged_since = case when (p.amount, p.stage, p.forecast_category, p.outcome, p.close_date)
                                                        is distinct from (cur.amount, cur.stage, cur.forecast_category, cur.outcome, cur.close_date)
                                                   then cur.unchanged_since else p.unchanged_since end
                        from pipeline_deal p
                        where cur.snapshot_id = ? and p.snapshot_id = ? and p.deal_id = cur.deal_id
                        """, id, ((Number) previous).longValue());
            }
        }
    }

    Map<String, StageMeaning> mappings(ExportFormat source) {
        Map<String, StageMeaning> mappings = new HashMap<>();
        jdbc.query("select stage, meaning from pipeline_stage_mapping where source = ?",
                rs -> {
                    mappings.put(rs.getString("stage"), StageMeaning.valueOf(rs.getString("meaning")));
                }, source.name());
        return mappings;
    }

    List<StageMapping> allMappings() {
        return jdbc.query("""
                select m.source, m.stage, m.meaning, p.name as mapped_by, m.mapped_at
                from pipeline_stage_mapping m join person p on p.id = m.mapped_by order by m.source, m.stage
                """, (rs, n) -> new StageMapping(ExportFormat.valueOf(rs.getString("source")), rs.getString("stage"),
                StageMeaning.valueOf(rs.getString("meaning")), rs.getString("mapped_by"),
                rs.getTimestamp("mapped_at").toInstant()));
    }

    void saveMapping(ExportFormat source, String stage, StageMeaning meaning, long by, Instant at) {
        jdbc.update("""
                insert into pipeline_stage_mapping (source, stage, meaning, mapped_by, mapped_at) values (?, ?, ?, ?, ?)
                on conflict (source, stage) do update set meaning = excluded.meaning, mapped_by = excluded.mapped_by,
                                                          mapped_at = excluded.mapped_at
                """, source.name(), stage, meaning.name(), by, Timestamp.from(at));
    }

    long saveUpload(byte[] content, String fileName, long by, Instant at) {
        return jdbc.queryForObject("insert into pipeline_upload (content, file_name, uploaded_by, uploaded_at) values (?, ?, ?, ?) "
                + "returning id", Long.class, content, fileName, by, Timestamp.from(at));
    }

    /** An upload, only to the person who made it. */
    Optional<Upload> upload(long id, long by) {
        return jdbc.query("select content, file_name from pipeline_upload where id = ? and uploaded_by = ?",
                (rs, n) -> new Upload(id, rs.getBytes("content"), rs.getString("file_name")), id, by).stream().findFirst();
    }

    void deleteUpload(long id) {
        jdbc.update("delete from pipeline_upload where id = ?", id);
    }

    int deleteUploadsBefore(Instant cutoff) {
        return jdbc.update("delete from pipeline_upload where uploaded_at < ?", Timestamp.from(cutoff));
    }

    record Upload(long id, byte[] content, String fileName) {
    }

    private static StageMeaning meaning(ResultSet rs) throws SQLException {
        return PipelineReads.meaning(rs.getString("forecast_category"), rs.getString("outcome"));
    }

    private static SnapshotSummary snapshot(ResultSet rs, int n) throws SQLException {
        BigDecimal open = rs.getBigDecimal("open_amount");
        return new SnapshotSummary(rs.getLong("id"), rs.getObject("as_of", LocalDate.class),
                ExportFormat.valueOf(rs.getString("source")), rs.getString("file_name"), rs.getInt("deal_count"), open,
                rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(), rs.getLong("version"));
    }
}
