-- Failed sign-ins, counted per account and per client address, so that repeated failures make
-- further attempts wait (dev.cadence.people.SignInThrottle). In the database so that every node
-- counts the same failures and a restart forgets none. A row is deleted once it is forgotten:
-- 15 quiet minutes after its back-off ended.
create table sign_in_failure (
    scope           varchar(7)  not null check (scope in ('ACCOUNT', 'ADDRESS')),
    -- ADDRESS: the client's IP address. ACCOUNT: the SHA-256 (hex) of the name as typed, lowercased:
    -- whatever was typed (an unknown name, or a password typed into the name field) is never kept.
    subject         varchar(64) not null,
    failures        integer     not null check (failures > 0),
    last_failure_at timestamptz not null,
    blocked_until   timestamptz,
    forget_after    timestamptz not null,
    primary key (scope, subject)
);

create index sign_in_failure_forget_after on sign_in_failure (forget_after);
