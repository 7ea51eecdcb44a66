create table product (
    id                  uuid primary key,
    company_id          uuid          not null,
    sku                 text          not null,
    name                text          not null,
    description         text          not null default '',
    category            text          not null default '',
    price               numeric(12, 2) not null check (price >= 0),
    stock               integer       not null check (stock >= 0),
    low_stock_threshold integer       not null default 0 check (low_stock_threshold >= 0),
    active              boolean       not null default true,
    image_url           text,
    version             integer       not null default 0,
    created_at          timestamptz   not null default now(),
    unique (company_id, sku)
);
