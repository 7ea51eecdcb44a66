-- Companies (tenants). The slug is case-sensitive in URLs but unique case-insensitively,
-- so no two storefronts differ by case alone.
create table company (
    id          uuid        primary key,
    name        text        not null,
    slug        text        not null check (slug ~ '^[A-Za-z0-9-]{3,63}$'),
    currency    text        not null default 'USD',
    created_at  timestamptz not null default now()
);

create unique index company_slug_unique on company (lower(slug));

-- Emails compare case-insensitively; one account per address.
create table app_user (
    id             uuid        primary key,
    email          text        not null,
    name           text        not null,
    password_hash  text        not null,
    created_at     timestamptz not null default now()
);

create unique index app_user_email_unique on app_user (lower(email));

create table membership (
    user_id     uuid        not null references app_user (id),
    company_id  uuid        not null references company (id),
    role        text        not null check (role in ('OWNER', 'ADMIN', 'MEMBER')),
    created_at  timestamptz not null default now(),
    primary key (user_id, company_id)
);

create index membership_company on membership (company_id);

-- Only the SHA-256 of a key is kept; the prefix tells keys apart on the settings page.
create table api_key (
    id          uuid        primary key,
    company_id  uuid        not null references company (id),
    name        text        not null,
    prefix      text        not null,
    key_hash    text        not null unique,
    scopes      text[]      not null,
    created_by  uuid        references app_user (id),
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);

create index api_key_company on api_key (company_id, created_at);

-- Token signing keys as JWK JSON (private part included). Kept in the database so a
-- restart or another replica signs with the same key and nobody is signed out.
create table signing_key (
    kid         text        primary key,
    jwk         text        not null,
    created_at  timestamptz not null default now()
);
