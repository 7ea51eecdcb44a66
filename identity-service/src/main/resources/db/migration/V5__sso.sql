-- identity's read model of each company's plan, from billing's subscription.changed.
-- No foreign key: billing's event could in principle be read before the company row.
create table company_plan (
    company_id   uuid        primary key,
    plan         text        not null,
    status       text        not null,
    occurred_at  timestamptz not null
);

-- One OpenID Connect provider per company. The client secret is kept readable: the
-- token request needs it (like webhook secrets; see docs/sso.md).
create table sso_settings (
    company_id     uuid        primary key references company (id),
    issuer         text        not null,
    client_id      text        not null,
    client_secret  text        not null,
    enabled        boolean     not null,
    updated_by     uuid        references app_user (id),
    updated_at     timestamptz not null default now()
);
