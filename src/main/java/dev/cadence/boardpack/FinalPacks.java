package dev.cadence.boardpack;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The frozen part of final versions, written once when a version is finalized and never changed: the snapshot of its
 * figures and commentary (JSON), the PDF as typeset then, and that PDF's SHA-256. Plain JDBC: nothing here is ever
 * edited, and the PDF is read only when someone downloads it.
 */
@Component
class FinalPacks {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    FinalPacks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void store(long packId, String snapshot, byte[] pdf, String sha256) {
        jdbc.update("insert into board_pack_final (pack_id, snapshot, pdf, pdf_sha256) values (?, ?, ?, ?)", packId, snapshot, pdf, sha256);
    }

    Optional<String> snapshot(long packId) {
        return jdbc.query("select snapshot from board_pack_final where pack_id = ?", (rs, n) -> rs.getString(1), packId)
                .stream().findFirst();
    }

    /** The stored PDF and its hash. */
    Optional<StoredPdf> pdf(long packId) {
        return jdbc.query("select pdf, pdf_sha256 from board_pack_final where pack_id = ?",
                (rs, n) -> new StoredPdf(rs.getBytes(1), rs.getString(2)), packId).stream().findFirst();
    }

    /** The hashes of these final versions, by pack id: one statement for the list. */
    Map<Long, String> hashes(Collection<Long> packIds) {
        Map<Long, String> out = new HashMap<>();
        if (packIds.isEmpty()) {
            return out;
        }
        named.query("select pack_id, pdf_sha256 from board_pack_final where pack_id in (:ids)", new MapSqlParameterSource("ids", packIds),
                rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    record StoredPdf(byte[] bytes, String sha256) {
    }
}
