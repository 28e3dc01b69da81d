package dev.cadence.nrr;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the NRR page, the API and "as of a date" read, in SQL: one statement per region, whatever the number of updates,
 * quarters or accounts. As of a date, each row is its Envers revision (the {@code *_aud} tables) with the latest
 * {@code changed_at} before the cut-off, and each component's forecast its latest update before it.
 */
@Repository
class NrrReads {

    private final JdbcTemplate jdbc;

    NrrReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A quarter's stored row: baseline, actuals, version. */
    record QuarterRow(long id, BigDecimal startingArr, BigDecimal renewalsDue, BigDecimal actualChurn, BigDecimal actualContraction,
                      BigDecimal actualExpansion, String changedBy, Instant changedAt, long version) {

        static final QuarterRow NONE = new QuarterRow(0, null, null, null, null, null, null, null, 0);

        boolean actualsEntered() {
            return actualChurn != null;
        }

        BigDecimal actual(NrrComponent c) {
            return switch (c) {
                case CHURN -> actualChurn;
                case CONTRACTION -> actualContraction;
                case EXPANSION -> actualExpansion;
            };
        }
    }

    Optional<QuarterRow> quarter(String key) {
        return jdbc.query("""
                select q.id, q.starting_arr, q.renewals_due, q.actual_churn, q.actual_contraction, q.actual_expansion,
                       p.name as changed_by_name, q.changed_at, q.version
                from nrr_quarter q left join person p on p.id = q.changed_by where q.quarter_key = ?
                """, NrrReads::quarterRow, key).stream().findFirst();
    }

    Optional<QuarterRow> quarterAsOf(String key, Instant before) {
        return jdbc.query("""
                select a.id, a.starting_arr, a.renewals_due, a.actual_churn, a.actual_contraction, a.actual_expansion,
                       p.name as changed_by_name, a.changed_at, 0 as version
                from (select distinct on (id) * from nrr_quarter_aud where quarter_key = ? and changed_at < ?
                      order by id, changed_at desc, rev desc) a
                left join person p on p.id = a.changed_by
                where a.revtype <> 2
                """, NrrReads::quarterRow, key, Timestamp.from(before)).stream().findFirst();
    }

    private static QuarterRow quarterRow(ResultSet rs, int n) throws SQLException {
        return new QuarterRow(rs.getLong("id"), rs.getBigDecimal("starting_arr"), rs.getBigDecimal("renewals_due"),
                rs.getBigDecimal("actual_churn"), rs.getBigDecimal("actual_contraction"), rs.getBigDecimal("actual_expansion"),
                rs.getString("changed_by_name"), instant(rs, "changed_at"), rs.getLong("version"));
    }

    /** The quarter's components now, each with its latest update's reason; a component never stored is absent. */
    Map<NrrComponent, ComponentView> components(String key) {
        return components(jdbc.query("""
                select c.component, c.owner_id, o.name as owner_name, c.forecast as amount, u.reason, u.entered_at,
                       ub.name as entered_by_name, c.version
                from nrr_component c
                join nrr_quarter q on q.id = c.quarter_id
                left join person o on o.id = c.owner_id
                left join lateral (select reason, entered_at, entered_by from nrr_forecast_update f where f.component_id = c.id
                                   order by f.entered_at desc, f.id desc limit 1) u on true
                left join person ub on ub.id = u.entered_by
                where q.quarter_key = ?
                """, NrrReads::componentRow, key));
    }

    /** The quarter's components as they stood: owner from their revision then, forecast from their latest update then. */
    Map<NrrComponent, ComponentView> componentsAsOf(String key, Instant before) {
        Timestamp cut = Timestamp.from(before);
        return components(jdbc.query("""
                select c.component, c.owner_id, o.name as owner_name, u.amount, u.reason, u.entered_at,
                       ub.name as entered_by_name, 0 as version
                from (select distinct on (a.id) a.id, a.component, a.owner_id, a.revtype
                      from nrr_component_aud a join nrr_quarter q on q.id = a.quarter_id
                      where q.quarter_key = ? and a.changed_at < ?
                      order by a.id, a.changed_at desc, a.rev desc) c
                left join person o on o.id = c.owner_id
                left join lateral (select amount, reason, entered_at, entered_by from nrr_forecast_update f
                                   where f.component_id = c.id and f.entered_at < ?
                                   order by f.entered_at desc, f.id desc limit 1) u on true
                left join person ub on ub.id = u.entered_by
                where c.revtype <> 2
                """, NrrReads::componentRow, key, cut, cut));
    }

    private static Map<NrrComponent, ComponentView> components(List<ComponentView> rows) {
        Map<NrrComponent, ComponentView> byComponent = new EnumMap<>(NrrComponent.class);
        rows.forEach(r -> byComponent.put(r.component(), r));
        return byComponent;
    }

    private static ComponentView componentRow(ResultSet rs, int n) throws SQLException {
        return new ComponentView(NrrComponent.valueOf(rs.getString("component")), (Long) rs.getObject("owner_id", Long.class),
                rs.getString("owner_name"), rs.getBigDecimal("amount"), rs.getString("reason"), instant(rs, "entered_at"),
                rs.getString("entered_by_name"), null, rs.getLong("version"));
    }

    /** Every forecast update of the quarter, oldest first, each with the forecast it replaced. */
    List<UpdateView> updates(String key) {
        Map<NrrComponent, BigDecimal> last = new HashMap<>();
        List<UpdateView> updates = new ArrayList<>();
        jdbc.query("""
                select u.id, c.component, u.amount, u.reason, u.entered_at, p.name as entered_by_name
                from nrr_forecast_update u
                join nrr_component c on c.id = u.component_id
                join nrr_quarter q on q.id = c.quarter_id
                join person p on p.id = u.entered_by
                where q.quarter_key = ?
                order by u.entered_at, u.id
                """, rs -> {
            NrrComponent c = NrrComponent.valueOf(rs.getString("component"));
            BigDecimal amount = rs.getBigDecimal("amount");
            updates.add(new UpdateView(rs.getLong("id"), c, amount, last.get(c), rs.getString("reason"),
                    rs.getString("entered_by_name"), instant(rs, "entered_at")));
            last.put(c, amount);
        }, key);
        return updates;
    }

    private static final String ACCOUNT_COLUMNS = """
            a.id, a.account, a.arr, a.renewal_date, a.risk, a.reason, a.save_plan, a.owner_id, o.name as owner_name,
            a.escalation, b.name as changed_by_name, a.changed_at
            """;
    private static final String ACCOUNT_ORDER = " order by a.escalation in ('SAVED', 'CHURNED'), a.arr desc, a.account";

    /** The at-risk accounts renewing between the two days (inclusive), open ones first, largest first. */
    List<AccountView> accounts(LocalDate from, LocalDate to) {
        return jdbc.query("select " + ACCOUNT_COLUMNS + ", a.version from nrr_at_risk_account a "
                + "join person o on o.id = a.owner_id left join person b on b.id = a.changed_by "
                + "where a.renewal_date between ? and ?" + ACCOUNT_ORDER, NrrReads::account, Date.valueOf(from), Date.valueOf(to));
    }

    /** The at-risk accounts as they stood before the instant, renewing between the two days then. */
    List<AccountView> accountsAsOf(LocalDate from, LocalDate to, Instant before) {
        return jdbc.query("select " + ACCOUNT_COLUMNS + ", 0 as version from (select distinct on (id) * from nrr_at_risk_account_aud "
                + "where changed_at < ? order by id, changed_at desc, rev desc) a "
                + "join person o on o.id = a.owner_id left join person b on b.id = a.changed_by "
                + "where a.revtype <> 2 and a.renewal_date between ? and ?" + ACCOUNT_ORDER, NrrReads::account,
                Timestamp.from(before), Date.valueOf(from), Date.valueOf(to));
    }

    Optional<AccountView> account(long id) {
        return jdbc.query("select " + ACCOUNT_COLUMNS + ", a.version from nrr_at_risk_account a "
                + "join person o on o.id = a.owner_id left join person b on b.id = a.changed_by where a.id = ?",
                NrrReads::account, id).stream().findFirst();
    }

    /** How many accounts renewing between the two days are still open, and their ARR: what the board sees. */
    record OpenTotal(int accounts, BigDecimal arr) {
    }

    OpenTotal openTotalAsOf(LocalDate from, LocalDate to, Instant before) {
        return jdbc.queryForObject("""
                select count(*) as n, coalesce(sum(arr), 0) as arr
                from (select distinct on (id) * from nrr_at_risk_account_aud where changed_at < ?
                      order by id, changed_at desc, rev desc) a
                where a.revtype <> 2 and a.renewal_date between ? and ? and a.escalation not in ('SAVED', 'CHURNED')
                """, (rs, n) -> new OpenTotal(rs.getInt("n"), rs.getBigDecimal("arr")), Timestamp.from(before), Date.valueOf(from),
                Date.valueOf(to));
    }

    private static AccountView account(ResultSet rs, int n) throws SQLException {
        return new AccountView(rs.getLong("id"), rs.getString("account"), rs.getBigDecimal("arr"),
                rs.getObject("renewal_date", LocalDate.class), Risk.valueOf(rs.getString("risk")), rs.getString("reason"),
                rs.getString("save_plan"), rs.getLong("owner_id"), rs.getString("owner_name"),
                Escalation.valueOf(rs.getString("escalation")), rs.getString("changed_by_name"), instant(rs, "changed_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
