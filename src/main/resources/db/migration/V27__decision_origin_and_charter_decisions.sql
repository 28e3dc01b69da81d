-- Where a decision came from when another feature recorded it (an experiment's scale/iterate/retire, a charter
-- version approved by the CEO): the page it links back to, and how that link reads. Set once, when recorded.
alter table decision add column origin_url varchar(200), add column origin_label varchar(200);
alter table decision_aud add column origin_url varchar(200), add column origin_label varchar(200);

-- The decision in the log that approved a charter version (a proposal approved by the CEO); null for the CEO's own
-- edits and for versions approved before decisions were recorded.
alter table charter_version add column decision_id bigint;

-- Experiments decided before this migration link back too.
update decision d set origin_url = '/experiments/' || e.id,
                      origin_label = left('Experiment “' || e.title || '”', 200)
from experiment e where e.decision_id = d.id and d.origin_url is null;
