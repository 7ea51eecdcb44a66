create table subscription (
    company_id     uuid primary key,
    plan           text        not null check (plan in ('STARTER', 'GROWTH', 'PRO', 'ENTERPRISE')),
    status         text        not null check (status in ('TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED')),
    trial_ends_at  timestamptz,
    created_at     timestamptz not null default now(),
    version        integer     not null default 0
);

-- Orders created per company per calendar month (UTC, 'YYYY-MM'); never decremented.
create table usage_counter (
    company_id  uuid    not null,
    month       text    not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    orders      integer not null default 0,
    primary key (company_id, month)
);
