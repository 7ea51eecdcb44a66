create table webhook_endpoint (
    id          uuid primary key,
    company_id  uuid        not null,
    url         text        not null,
    secret      text        not null,
    events      text[]      not null,
    active      boolean     not null default true,
    created_at  timestamptz not null default now()
);

create index webhook_endpoint_company on webhook_endpoint (company_id);

-- One row per (endpoint, event): the unique key makes fan-out idempotent.
create table webhook_delivery (
    id                uuid primary key,
    endpoint_id       uuid        not null references webhook_endpoint (id) on delete cascade,
    company_id        uuid        not null,
    event_id          uuid        not null,
    event_type        text        not null,
    payload           text        not null,
    status            text        not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
    response_status   integer,
    response_excerpt  text check (char_length(response_excerpt) <= 500),
    duration_ms       integer,
    created_at        timestamptz not null default now(),
    attempted_at      timestamptz,
    unique (endpoint_id, event_id)
);

create index webhook_delivery_pending on webhook_delivery (created_at) where status = 'PENDING';
create index webhook_delivery_recent on webhook_delivery (endpoint_id, created_at desc);
