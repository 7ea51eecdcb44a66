-- Price lists (docs/price-lists.md): prices per product for the customers and customer
-- groups a list is assigned to. Priority and validity (UTC days, both included) belong to
-- the list and so to all of its assignments.
create table price_list (
    id           uuid primary key,
    company_id   uuid        not null,
    name         text        not null check (length(name) between 1 and 100),
    priority     integer     not null default 0 check (priority between -1000000 and 1000000),
    valid_from   date,
    valid_until  date,
    created_at   timestamptz not null default clock_timestamp(),
    version      integer     not null default 0,
    check (valid_from is null or valid_until is null or valid_until >= valid_from)
);

create unique index price_list_name_per_company on price_list (company_id, lower(name));

-- One price of a product in a list from a quantity on: the row with the highest
-- min_quantity at or below the ordered quantity applies. FIXED is a unit price,
-- PERCENT_OFF a discount on the catalog price.
create table price_list_price (
    list_id       uuid           not null references price_list (id) on delete cascade,
    product_id    uuid           not null references product (id) on delete cascade,
    company_id    uuid           not null,
    min_quantity  integer        not null check (min_quantity between 1 and 1000000),
    kind          text           not null check (kind in ('FIXED', 'PERCENT_OFF')),
    amount        numeric(12, 2) not null check (amount >= 0),
    check (kind <> 'PERCENT_OFF' or amount <= 100),
    primary key (list_id, product_id, min_quantity)
);

create index price_list_price_product on price_list_price (product_id, list_id);

-- Who a list applies to: one customer, or every customer of a group (customer-service
-- owns groups; group_key is the name trimmed and lower-cased, as it is compared).
create table price_list_assignment (
    id           uuid primary key,
    list_id      uuid not null references price_list (id) on delete cascade,
    company_id   uuid not null,
    customer_id  uuid,
    group_name   text check (length(group_name) between 1 and 60),
    group_key    text generated always as (lower(btrim(group_name))) stored,
    check ((customer_id is null) <> (group_name is null))
);

create unique index price_list_assignment_customer on price_list_assignment (list_id, customer_id)
    where customer_id is not null;
create unique index price_list_assignment_group on price_list_assignment (list_id, group_key)
    where group_name is not null;
create index price_list_assignment_by_customer on price_list_assignment (company_id, customer_id);
create index price_list_assignment_by_group on price_list_assignment (company_id, group_key);

-- The customer's group, from customer.created and customer.updated.
alter table customer_ref add column group_name text;

-- What a price list CSV import did, kept for the page the upload redirects to.
create table price_list_import (
    id              uuid primary key,
    company_id      uuid        not null,
    list_id         uuid        not null references price_list (id) on delete cascade,
    mode            text        not null check (mode in ('MERGE', 'REPLACE')),
    set_count       integer     not null,
    removed_count   integer     not null,
    rejected_count  integer     not null,
    rejections      jsonb       not null,
    created_at      timestamptz not null default clock_timestamp()
);

create index price_list_import_list on price_list_import (list_id, created_at desc);
