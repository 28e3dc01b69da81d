-- One counter that moves whenever anything the scorecard page shows changes, whoever writes it
-- (the app on any instance, an import, a migration, SQL by hand). The page caches its rendered
-- table under this counter, so one cheap read tells whether the cached table is still true.
create table scorecard_change (
    id         smallint    primary key default 1 check (id = 1),
    counter    bigint      not null,
    changed_at timestamptz not null
);
insert into scorecard_change (id, counter, changed_at) values (1, 0, now());

create function scorecard_changed() returns trigger language plpgsql as $$
begin
    update scorecard_change set counter = counter + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger metric_definition_changed after insert or update or delete or truncate on metric_definition
    for each statement execute function scorecard_changed();
create trigger metric_target_changed after insert or update or delete or truncate on metric_target
    for each statement execute function scorecard_changed();
create trigger metric_value_changed after insert or update or delete or truncate on metric_value
    for each statement execute function scorecard_changed();
create trigger metric_proposal_changed after insert or update or delete or truncate on metric_proposal
    for each statement execute function scorecard_changed();
create trigger segment_changed_for_scorecard after insert or update or delete or truncate on segment
    for each statement execute function scorecard_changed();
create trigger company_changed_for_scorecard after insert or update or delete or truncate on company
    for each statement execute function scorecard_changed();
-- Only what the page shows of a person (their name as owner); not every sign-in.
create trigger person_changed_for_scorecard after insert or update of name, active or delete or truncate on person
    for each statement execute function scorecard_changed();
create trigger person_role_changed_for_scorecard after insert or update or delete or truncate on person_role
    for each statement execute function scorecard_changed();
