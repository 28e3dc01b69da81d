-- The company's time zone: the one clock of "today", "this week" and "this quarter", and the zone every time is shown in
-- unless a person chooses their own on /account. Existing installations keep the UTC they ran on.
alter table company add column time_zone varchar(64) not null default 'UTC' check (length(trim(time_zone)) > 0);
alter table person add column time_zone varchar(64) check (time_zone is null or length(trim(time_zone)) > 0);
