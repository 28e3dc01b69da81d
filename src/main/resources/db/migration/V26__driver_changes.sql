-- One counter that moves whenever anything a value-driver tree's page shows changes, whoever writes it, as
-- scorecard_change (V8) and pipeline_change (V20) do for theirs: the drivers keep each page computed under it.
-- A tree's page shows its nodes, scenarios and snapshots, its people by name (and who may own a lever), the
-- segments and the fiscal year, and its levers' linked metrics with their newest values.
create table driver_change (
    id         smallint    primary key default 1 check (id = 1),
    counter    bigint      not null,
    changed_at timestamptz not null
);
insert into driver_change (id, counter, changed_at) values (1, 0, now());

create function driver_changed() returns trigger language plpgsql as $$
begin
    update driver_change set counter = counter + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger driver_tree_changed after insert or update or delete or truncate on driver_tree
    for each statement execute function driver_changed();
create trigger driver_node_changed after insert or update or delete or truncate on driver_node
    for each statement execute function driver_changed();
create trigger driver_scenario_changed after insert or update or delete or truncate on driver_scenario
    for each statement execute function driver_changed();
create trigger driver_scenario_value_changed after insert or update or delete or truncate on driver_scenario_value
    for each statement execute function driver_changed();
create trigger driver_snapshot_changed after insert or update or delete or truncate on driver_snapshot
    for each statement execute function driver_changed();
create trigger driver_snapshot_node_changed after insert or update or delete or truncate on driver_snapshot_node
    for each statement execute function driver_changed();
create trigger metric_value_changed_for_drivers after insert or update or delete or truncate on metric_value
    for each statement execute function driver_changed();
create trigger metric_definition_changed_for_drivers after insert or update or delete or truncate on metric_definition
    for each statement execute function driver_changed();
create trigger segment_changed_for_drivers after insert or update or delete or truncate on segment
    for each statement execute function driver_changed();
create trigger company_changed_for_drivers after insert or update or delete or truncate on company
    for each statement execute function driver_changed();
-- Only what the page shows of a person: their name, and whether they may own a lever.
create trigger person_changed_for_drivers after insert or update of name, active or delete or truncate on person
    for each statement execute function driver_changed();
create trigger person_role_changed_for_drivers after insert or update or delete or truncate on person_role
    for each statement execute function driver_changed();
