-- Soft delete from the dashboard: a deleted order leaves every list but keeps its row, so
-- it still counts towards the month's order limit.
alter table orders add column deleted_at timestamptz;
alter table orders add column deleted_by uuid;

-- Orders page search by SKU (a customer's orders are indexed by V2_3).
create index order_line_sku on order_line (sku);

-- A storefront contact's cart at its store (the company): kept across sign-outs.
create table cart_line (
    company_id  uuid        not null,
    contact_id  uuid        not null,
    sku         text        not null,
    quantity    integer     not null check (quantity between 1 and 1000000),
    added_at    timestamptz not null default now(),
    primary key (company_id, contact_id, sku)
);
