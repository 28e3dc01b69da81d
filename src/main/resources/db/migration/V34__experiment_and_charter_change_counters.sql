-- A counter that moves whenever what the experiment log's pages read of their own changes, whoever writes it, as
-- scorecard_change (V8), driver_change (V26) and forecast_change (V31) do for theirs: the log (/experiments), an
-- experiment's page and the council's experiments panel keep what they read under it and read one row per view to know
-- it is still true. Besides the experiments, their guardrails and amendments (their audit rows are written with them),
-- it moves with what names an experiment's parts: people and their roles (who may own one), metric definitions,
-- segments, the company (its fiscal year), the value-driver trees' levers and the decision-rights map's areas. Metric
-- values do not move it: an experiment's page reads the scorecard over its window afresh.
create table experiment_change (
    id         smallint    primary key default 1 check (id = 1),
    counter    bigint      not null,
    changed_at timestamptz not null
);
insert into experiment_change (id, counter, changed_at) values (1, 0, now());

create function experiment_changed() returns trigger language plpgsql as $$
begin
    update experiment_change set counter = counter + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger experiment_changed after insert or update or delete or truncate on experiment
    for each statement execute function experiment_changed();
create trigger experiment_guardrail_changed after insert or update or delete or truncate on experiment_guardrail
    for each statement execute function experiment_changed();
create trigger experiment_amendment_changed after insert or update or delete or truncate on experiment_amendment
    for each statement execute function experiment_changed();
create trigger person_changed_for_experiments after insert or update of name, active or delete or truncate on person
    for each statement execute function experiment_changed();
create trigger person_role_changed_for_experiments after insert or update or delete or truncate on person_role
    for each statement execute function experiment_changed();
create trigger metric_definition_changed_for_experiments after insert or update or delete or truncate on metric_definition
    for each statement execute function experiment_changed();
create trigger segment_changed_for_experiments after insert or update or delete or truncate on segment
    for each statement execute function experiment_changed();
create trigger company_changed_for_experiments after insert or update or delete or truncate on company
    for each statement execute function experiment_changed();
create trigger driver_tree_changed_for_experiments after insert or update or delete or truncate on driver_tree
    for each statement execute function experiment_changed();
create trigger driver_node_changed_for_experiments after insert or update or delete or truncate on driver_node
    for each statement execute function experiment_changed();
create trigger decision_area_changed_for_experiments after insert or update or delete or truncate on decision_area
    for each statement execute function experiment_changed();
create trigger decision_right_changed_for_experiments after insert or update or delete or truncate on decision_right
    for each statement execute function experiment_changed();

-- The same for the GTM charter (/charter and the council's charter panel): its versions and sections, the proposals to
-- change it (any subject's: the charter's are filed among them), the names of the people who wrote, proposed and
-- approved, and the decision-rights map's areas (the approve form files its decision under one).
create table charter_change (
    id         smallint    primary key default 1 check (id = 1),
    counter    bigint      not null,
    changed_at timestamptz not null
);
insert into charter_change (id, counter, changed_at) values (1, 0, now());

create function charter_changed() returns trigger language plpgsql as $$
begin
    update charter_change set counter = counter + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger charter_changed after insert or update or delete or truncate on charter
    for each statement execute function charter_changed();
create trigger charter_version_changed after insert or update or delete or truncate on charter_version
    for each statement execute function charter_changed();
create trigger charter_section_changed after insert or update or delete or truncate on charter_section
    for each statement execute function charter_changed();
create trigger proposal_changed_for_charter after insert or update or delete or truncate on proposal
    for each statement execute function charter_changed();
create trigger proposal_change_changed_for_charter after insert or update or delete or truncate on proposal_change
    for each statement execute function charter_changed();
create trigger person_changed_for_charter after insert or update of name, active or delete or truncate on person
    for each statement execute function charter_changed();
create trigger person_role_changed_for_charter after insert or update or delete or truncate on person_role
    for each statement execute function charter_changed();
create trigger decision_area_changed_for_charter after insert or update or delete or truncate on decision_area
    for each statement execute function charter_changed();
create trigger decision_right_changed_for_charter after insert or update or delete or truncate on decision_right
    for each statement execute function charter_changed();

-- What a meeting shows as of a day reads the experiments open that day (ExperimentRepository.findActiveOn): indexed by the
-- day each stopped being open (decided, or stopped), so that years of decided experiments are not read each time.
create index experiment_open_until_idx on experiment
    ((coalesce(least(decided_on, case when status = 'STOPPED' then ended_on end), date '9999-12-31')), started_on);
