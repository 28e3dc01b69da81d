-- "What changed" as a table: an entry filled from a scorecard metric keeps its figures, as shown when the meeting was
-- prepared (the metric, its value in the compared period and the last complete one, the target and both statuses).
-- Other entries (an overdue action item, a reopened decision) keep their sentence only.
alter table agenda_item
    add column metric_name   varchar(200),
    add column period_from   varchar(40),
    add column period_to     varchar(40),
    add column value_from    varchar(40),
    add column value_to      varchar(40),
    add column target_shown  varchar(40),
    add column status_from   varchar(16),
    add column status_to     varchar(16),
    add check (metric_name is null or kind = 'DATA');
