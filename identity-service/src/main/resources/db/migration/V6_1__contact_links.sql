-- Storefront sign-in links for customer contacts, asked for by customer-service. Only the
-- SHA-256 of the token is kept. A link works once, at its own store, until expires_at
-- (INVITE 7 days, SIGN_IN 30 minutes); issuing a newer link of the same purpose for the
-- contact spends the older ones.
create table contact_link (
    id           uuid        primary key,
    token_hash   text        not null unique,
    company_id   uuid        not null references company (id),
    contact_id   uuid        not null,
    customer_id  uuid        not null,
    email        text        not null,
    name         text        not null,
    purpose      text        not null check (purpose in ('INVITE', 'SIGN_IN')),
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);

create index contact_link_open on contact_link (company_id, contact_id, purpose) where used_at is null;
