-- A distributor's catalog. SKUs are stored trimmed and compared case-sensitively.
create table product (
    id                  uuid primary key,
    company_id          uuid           not null,
    sku                 text           not null,
    name                text           not null,
    description         text,
    category            text,
    price               numeric(12, 2) not null check (price >= 0),
    stock               integer        not null check (stock >= 0),
    low_stock_threshold integer        not null default 0 check (low_stock_threshold >= 0),
    active              boolean        not null default true,
    image_url           text,
    version             integer        not null default 0,
    created_at          timestamptz    not null default clock_timestamp(),
    unique (company_id, sku)
);

create index product_company_page on product (company_id, created_at, id);

-- Read model of identity's companies, fed by company.created: the storefront's slug,
-- name and currency.
create table store (
    company_id  uuid primary key,
    slug        text not null unique,
    name        text not null,
    currency    text not null
);

-- One row per order that took stock; the stored response makes a repeat idempotent.
create table stock_reservation (
    order_id    uuid primary key,
    company_id  uuid        not null,
    source      text        not null check (source in ('DASHBOARD', 'STOREFRONT', 'API')),
    status      text        not null check (status in ('RESERVED', 'RELEASED')),
    response    text,
    created_at  timestamptz not null default now(),
    released_at timestamptz
);

-- Quantities per product actually taken, so a release returns exactly those.
create table stock_reservation_line (
    order_id    uuid    not null references stock_reservation (order_id),
    product_id  uuid    not null references product (id),
    company_id  uuid    not null,
    quantity    integer not null check (quantity > 0),
    primary key (order_id, product_id)
);
