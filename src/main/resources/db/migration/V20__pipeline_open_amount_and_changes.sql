-- The open amount of a snapshot, kept with it at import: the snapshot list shows it for every snapshot, and
-- summing each snapshot's deals on every page view read all of them (200,000 rows at 40 × 5,000 deals).
alter table pipeline_snapshot add column open_amount numeric(17, 2) not null default 0 check (open_amount >= 0);
update pipeline_snapshot s set open_amount = coalesce((select sum(d.amount) from pipeline_deal d
                                                       where d.snapshot_id = s.id and d.outcome = 'OPEN'), 0);
alter table pipeline_snapshot alter column open_amount drop default;

-- One counter that moves whenever anything the pipeline's pages show changes, whoever writes it, as
-- scorecard_change does for the scorecard (V8): the pages keep what they read under it. Every import
-- writes its snapshot's row, in the transaction that writes its deals, so inserts of deals need no
-- trigger of their own (one per batched statement would cost an import thousands of updates of this row);
-- updates and deletes of deals (deriving later snapshots, SQL by hand) move it too.
create table pipeline_change (
    id         smallint    primary key default 1 check (id = 1),
    counter    bigint      not null,
    changed_at timestamptz not null
);
insert into pipeline_change (id, counter, changed_at) values (1, 0, now());

create function pipeline_changed() returns trigger language plpgsql as $$
begin
    update pipeline_change set counter = counter + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger pipeline_snapshot_changed after insert or update or delete or truncate on pipeline_snapshot
    for each statement execute function pipeline_changed();
create trigger pipeline_deal_changed after update or delete or truncate on pipeline_deal
    for each statement execute function pipeline_changed();
create trigger segment_changed_for_pipeline after insert or update or delete or truncate on segment
    for each statement execute function pipeline_changed();
create trigger company_changed_for_pipeline after insert or update or delete or truncate on company
    for each statement execute function pipeline_changed();
-- Who imported a snapshot is shown by name.
create trigger person_changed_for_pipeline after update of name on person
    for each statement execute function pipeline_changed();
