-- Settings -> Storefront: the store's logo (served at /store/{slug}/logo) and its custom
-- domains. A domain is claimed by adding it (any company may try) and owned once its DNS
-- TXT record proved control: at most one verified owner per host.
create table store_logo (
    company_id    uuid        primary key references company (id),
    content_type  text        not null,
    bytes         bytea       not null,
    etag          text        not null,
    updated_at    timestamptz not null default now()
);

create table store_domain (
    id               uuid        primary key,
    company_id       uuid        not null references company (id),
    host             text        not null check (host = lower(host)),
    token            text        not null,
    created_at       timestamptz not null default now(),
    verified_at      timestamptz,
    last_checked_at  timestamptz,
    last_problem     text
);

create unique index store_domain_company_host on store_domain (company_id, host);
create unique index store_domain_verified_host on store_domain (host) where verified_at is not null;
