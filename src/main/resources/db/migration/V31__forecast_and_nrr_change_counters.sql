-- Two counters that move whenever what /forecast and /nrr read of their own changes, whoever writes it, as
-- scorecard_change (V8), pipeline_change (V20) and driver_change (V26) do for theirs: each page keeps what it read
-- under its counter and reads one row per view to know it is still true. The CRM roll-up the forecast shows is the
-- pipeline's, kept under pipeline_change already.

-- The forecast: its targets and calls (the caller's name is stored with the call), the segments and the fiscal year.
create table forecast_change (
    id         smallint    primary key default 1 check (id = 1),
    counter    bigint      not null,
    changed_at timestamptz not null
);
insert into forecast_change (id, counter, changed_at) values (1, 0, now());

create function forecast_changed() returns trigger language plpgsql as $$
begin
    update forecast_change set counter = counter + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger forecast_target_changed after insert or update or delete or truncate on forecast_target
    for each statement execute function forecast_changed();
create trigger forecast_call_changed after insert or update or delete or truncate on forecast_call
    for each statement execute function forecast_changed();
create trigger segment_changed_for_forecast after insert or update or delete or truncate on segment
    for each statement execute function forecast_changed();
create trigger company_changed_for_forecast after insert or update or delete or truncate on company
    for each statement execute function forecast_changed();

-- NRR: its quarters, components (and owners), forecast updates and at-risk accounts, with people shown by name.
create table nrr_change (
    id         smallint    primary key default 1 check (id = 1),
    counter    bigint      not null,
    changed_at timestamptz not null
);
insert into nrr_change (id, counter, changed_at) values (1, 0, now());

create function nrr_changed() returns trigger language plpgsql as $$
begin
    update nrr_change set counter = counter + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger nrr_quarter_changed after insert or update or delete or truncate on nrr_quarter
    for each statement execute function nrr_changed();
create trigger nrr_component_changed after insert or update or delete or truncate on nrr_component
    for each statement execute function nrr_changed();
create trigger nrr_forecast_update_changed after insert or update or delete or truncate on nrr_forecast_update
    for each statement execute function nrr_changed();
create trigger nrr_at_risk_account_changed after insert or update or delete or truncate on nrr_at_risk_account
    for each statement execute function nrr_changed();
create trigger person_changed_for_nrr after update of name on person
    for each statement execute function nrr_changed();
