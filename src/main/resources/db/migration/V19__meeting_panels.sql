-- Data panels in agenda sections: a section of kind PANEL names the panel it shows (a bean of another feature,
-- rendered as of the meeting's day); every other kind names none.

alter table agenda_template_section drop constraint agenda_template_section_kind_check;
alter table agenda_template_section add column panel_key varchar(40);
alter table agenda_template_section add constraint agenda_template_section_kind_check
    check (kind in ('CHANGES', 'PRIORITIES', 'DISCUSSION', 'MESSAGE', 'PANEL'));
alter table agenda_template_section add constraint agenda_template_section_panel_check
    check ((kind = 'PANEL') = (panel_key is not null) and (panel_key is null or panel_key ~ '^[a-z0-9][a-z0-9-]*$'));

alter table meeting_section drop constraint meeting_section_kind_check;
alter table meeting_section add column panel_key varchar(40);
alter table meeting_section add constraint meeting_section_kind_check
    check (kind in ('CHANGES', 'PRIORITIES', 'DISCUSSION', 'MESSAGE', 'PANEL'));
alter table meeting_section add constraint meeting_section_panel_check
    check ((kind = 'PANEL') = (panel_key is not null) and (panel_key is null or panel_key ~ '^[a-z0-9][a-z0-9-]*$'));
