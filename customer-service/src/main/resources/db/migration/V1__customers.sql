-- A distributor's customer accounts. Emails compare case-insensitively within a company.
create table customer (
    id            uuid primary key,
    company_id    uuid           not null,
    name          text           not null,
    email         text           not null,
    phone         text,
    credit_limit  numeric(12, 2) check (credit_limit >= 0),
    status        text           not null check (status in ('PENDING', 'ACTIVE', 'BLOCKED')),
    created_at    timestamptz    not null default clock_timestamp(),
    version       integer        not null default 0
);

create unique index customer_email_per_company on customer (company_id, lower(email));
create index customer_company_page on customer (company_id, created_at, id);

-- People who buy for a customer; one storefront sign-in per email within a company.
create table contact (
    id           uuid primary key,
    customer_id  uuid not null references customer (id),
    company_id   uuid not null,
    name         text not null,
    email        text not null
);

create unique index contact_email_per_company on contact (company_id, lower(email));
create index contact_customer on contact (customer_id);

create table address (
    id           uuid primary key,
    customer_id  uuid    not null references customer (id),
    company_id   uuid    not null,
    kind         text    not null check (kind in ('SHIPPING', 'BILLING')),
    line1        text    not null,
    line2        text,
    city         text    not null,
    postal_code  text    not null,
    country      text    not null,
    is_default   boolean not null default false
);

create index address_customer on address (customer_id);
-- At most one default address of each kind per customer.
create unique index address_one_default on address (customer_id, kind) where is_default;
