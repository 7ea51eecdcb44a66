-- Team invites. The link carries a random token; only its SHA-256 is kept, so a copy of
-- the database cannot be used to join a company. Re-sending replaces the hash (the old
-- link stops working) and moves sent_at and expires_at.
create table invite (
    id          uuid        primary key,
    company_id  uuid        not null references company (id),
    email       text        not null,
    role        text        not null check (role in ('OWNER', 'ADMIN', 'MEMBER')),
    token_hash  text        not null unique,
    invited_by  uuid        not null references app_user (id),
    created_at  timestamptz not null,
    sent_at     timestamptz not null,
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    revoked_at  timestamptz
);

create index invite_company on invite (company_id, created_at);

-- At most one open invite per address and company: inviting again refreshes it.
create unique index invite_open_email on invite (company_id, lower(email))
    where accepted_at is null and revoked_at is null;
