package dev.cadence.meetings;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trend of a series' latest closed meetings in one statement, whatever the number of meetings, items and ratings:
 * each meeting's ratings, actual start and end, the action items it raised (done by their due date or not), and what it
 * carried over for the third time or more — talking points moved on at least three times (followed back through
 * {@code moved_from_id}; private points are not counted) and action items raised three or more meetings earlier and
 * still open when it took place. Decisions are counted by the decision log ({@code DecisionService}).
 */
@Component
class SeriesTrendReads {

    /** One row per meeting, before the decisions are added. */
    record Row(long meetingId, Instant scheduledAt, Instant startedAt, Instant endedAt, Double rating, int ratings,
               int actionsRaised, int actionsDue, int actionsOnTime, int carriedOver) {

        /** Minutes after its time it started; unknown when it was closed without being run (its start was set at close). */
        Integer lateMinutes() {
            return ranLive() ? (int) Duration.between(scheduledAt, startedAt).toMinutes() : null;
        }

        Integer overMinutes(int lengthMinutes) {
            return ranLive() ? (int) Duration.between(scheduledAt.plus(Duration.ofMinutes(lengthMinutes)), endedAt).toMinutes() : null;
        }

        private boolean ranLive() {
            return startedAt != null && endedAt != null && startedAt.isBefore(endedAt);
        }
    }

    private static final String TREND = """
            with recursive recent as (
                select m.id, m.scheduled_at, m.started_at, m.ended_at
                from meeting m
                where m.series_id = :series and m.status = 'CLOSED'
                order by m.scheduled_at desc
                limit :window
            ), ordinal as (
                select m.id, row_number() over (order by m.scheduled_at) as n
                from meeting m
                where m.series_id = :series
            ), chain as (
                select i.id, i.meeting_id, i.moved_from_id as previous, 1 as moves
                from agenda_item i join recent r on r.id = i.meeting_id
                where i.moved_from_id is not null and not i.is_private
                union all
                select c.id, c.meeting_id, p.moved_from_id, c.moves + 1
                from chain c join agenda_item p on p.id = c.previous
                where p.moved_from_id is not null
            )
            select r.id, r.scheduled_at, r.started_at, r.ended_at,
                (select avg(g.score) from meeting_rating g where g.meeting_id = r.id) as rating,
                (select count(*) from meeting_rating g where g.meeting_id = r.id) as ratings,
                (select count(*) from action_item a where a.meeting_id = r.id) as actions_raised,
                (select count(*) from action_item a where a.meeting_id = r.id and (a.done or a.due_on < :today)) as actions_due,
                (select count(*) from action_item a where a.meeting_id = r.id and a.done
                    and (a.done_at at time zone :zone)::date <= a.due_on) as actions_on_time,
                (select count(*) from (select c.id from chain c where c.meeting_id = r.id group by c.id having max(c.moves) >= 3) p)
                + (select count(*) from action_item a
                    join ordinal raised on raised.id = a.meeting_id
                    join ordinal here on here.id = r.id
                    where a.series_id = :series and raised.n <= here.n - 3
                      and (not a.done or a.done_in_meeting_id = r.id or a.done_at >= r.started_at)) as carried_over
            from recent r
            order by r.scheduled_at
            """;

    private final NamedParameterJdbcTemplate jdbc;

    SeriesTrendReads(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The series' latest {@code window} closed meetings, oldest first; {@code today} in the series' time zone. */
    List<Row> latest(MeetingSeries series, int window, LocalDate today) {
        return jdbc.query(TREND, new MapSqlParameterSource(Map.of("series", series.getId(), "window", window,
                        "today", java.sql.Date.valueOf(today), "zone", series.zone().getId())),
                (rs, n) -> new Row(rs.getLong("id"), instant(rs.getTimestamp("scheduled_at")), instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("ended_at")), rs.getObject("rating") == null ? null : rs.getDouble("rating"),
                        rs.getInt("ratings"), rs.getInt("actions_raised"), rs.getInt("actions_due"), rs.getInt("actions_on_time"),
                        rs.getInt("carried_over")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
