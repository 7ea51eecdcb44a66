-- Saved lists (docs/saved-lists.md): named lists of SKUs and quantities kept per customer
-- (every contact of the customer shares them). A list made by the distributor's staff or
-- through the API is shared: buyers read, order and copy it but do not change it.
create table saved_list (
    id          uuid        primary key,
    company_id  uuid        not null,
    customer_id uuid        not null,
    name        text        not null check (length(name) between 1 and 80),
    shared      boolean     not null,
    created_by  uuid        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

-- One name per customer, compared ignoring case; also the customer's list of lists.
create unique index saved_list_name on saved_list (company_id, customer_id, lower(name));
create index saved_list_page on saved_list (company_id, created_at, id);

create table saved_list_line (
    list_id  uuid        not null references saved_list (id) on delete cascade,
    sku      text        not null,
    quantity integer     not null check (quantity between 1 and 1000000),
    added_at timestamptz not null default now(),
    primary key (list_id, sku)
);
