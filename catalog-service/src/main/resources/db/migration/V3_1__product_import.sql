-- A products CSV import runs as a background job; the counters let the page show progress.
create table import_job (
    id           uuid primary key,
    company_id   uuid        not null,
    mode         text        not null check (mode in ('CREATE_ONLY', 'UPSERT')),
    status       text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    file_name    text        not null,
    bytes_total  bigint      not null,
    bytes_read   bigint      not null default 0,
    rows_read    integer     not null default 0,
    created      integer     not null default 0,
    updated      integer     not null default 0,
    rejected     integer     not null default 0,
    failure      text,
    created_at   timestamptz not null default clock_timestamp(),
    -- Moved on every chunk: a running job that stops moving was lost with its replica.
    touched_at   timestamptz not null default clock_timestamp(),
    finished_at  timestamptz
);

create index import_job_company on import_job (company_id, created_at desc);

create index import_job_unfinished on import_job (status) where status in ('QUEUED', 'RUNNING');

-- One row per rejected CSV record: the line it starts on, its SKU as written and why.
create table import_rejection (
    job_id  uuid    not null references import_job (id) on delete cascade,
    line    bigint  not null,
    sku     text,
    reason  text    not null,
    primary key (job_id, line)
);
