-- E-mail: each person's preferences (people), and the outbox the mail feature sends from.

-- No row = the defaults (recap e-mails and the daily digest both on).
create table email_preference (
    person_id  bigint primary key references person (id),
    recaps     boolean not null default true,
    digest     boolean not null default true,
    version    bigint not null default 0,
    updated_at timestamptz
);

-- One row per e-mail to one person, written in the transaction that makes it due (a meeting's close, a
-- day's digest), so that a mail server that is down delays an e-mail and never loses it. Senders on any
-- node claim due rows with FOR UPDATE SKIP LOCKED; the partial unique indexes make a recap once per
-- meeting and participant, and a digest once per person and day, whichever node or restart writes it.
create table mail_outbox (
    id                bigserial primary key,
    kind              varchar(10) not null check (kind in ('RECAP', 'DIGEST')),
    meeting_id        bigint references meeting (id),
    digest_day        date,
    person_id         bigint not null references person (id),
    recipient_name    varchar(200) not null,
    recipient_address varchar(320),
    status            varchar(10) not null check (status in ('QUEUED', 'RETRYING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts          integer not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null,
    note              varchar(1000),
    created_at        timestamptz not null,
    sent_at           timestamptz,
    check ((kind = 'RECAP') = (meeting_id is not null)),
    check ((kind = 'DIGEST') = (digest_day is not null)),
    check ((status = 'SENT') = (sent_at is not null))
);

create unique index mail_outbox_one_recap on mail_outbox (meeting_id, person_id) where kind = 'RECAP';
create unique index mail_outbox_one_digest on mail_outbox (person_id, digest_day) where kind = 'DIGEST';
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where status in ('QUEUED', 'RETRYING');
