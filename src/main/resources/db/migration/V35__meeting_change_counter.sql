-- A counter that moves whenever what a meeting's page reads changes, whoever writes it, as experiment_change and
-- charter_change (V34) do for theirs: the meeting page keeps what it read for each viewer under it (the meeting, its
-- sections, agenda items, action items and decisions, its series and participants) and reads one row per view to know
-- it is still true. It also moves with what names those parts: people (name, title, whether active) and their roles,
-- the decision-rights map (the decide form's areas and who decides them) and the company. The data panels of a meeting
-- are not read under it: each feature keeps its own under its own counter.
create table meeting_change (
    id         smallint    primary key default 1 check (id = 1),
    counter    bigint      not null,
    changed_at timestamptz not null
);
insert into meeting_change (id, counter, changed_at) values (1, 0, now());

create function meeting_changed() returns trigger language plpgsql as $$
begin
    update meeting_change set counter = counter + 1, changed_at = now() where id = 1;
    return null;
end;
$$;

create trigger meeting_changed after insert or update or delete or truncate on meeting
    for each statement execute function meeting_changed();
create trigger meeting_section_changed after insert or update or delete or truncate on meeting_section
    for each statement execute function meeting_changed();
create trigger agenda_item_changed after insert or update or delete or truncate on agenda_item
    for each statement execute function meeting_changed();
create trigger action_item_changed after insert or update or delete or truncate on action_item
    for each statement execute function meeting_changed();
create trigger meeting_series_changed after insert or update or delete or truncate on meeting_series
    for each statement execute function meeting_changed();
create trigger meeting_participant_changed after insert or update or delete or truncate on meeting_participant
    for each statement execute function meeting_changed();
create trigger decision_changed_for_meetings after insert or update or delete or truncate on decision
    for each statement execute function meeting_changed();
create trigger person_changed_for_meetings after insert or update of name, title, active or delete or truncate on person
    for each statement execute function meeting_changed();
create trigger person_role_changed_for_meetings after insert or update or delete or truncate on person_role
    for each statement execute function meeting_changed();
create trigger decision_area_changed_for_meetings after insert or update or delete or truncate on decision_area
    for each statement execute function meeting_changed();
create trigger decision_right_changed_for_meetings after insert or update or delete or truncate on decision_right
    for each statement execute function meeting_changed();
create trigger company_changed_for_meetings after insert or update or delete or truncate on company
    for each statement execute function meeting_changed();
