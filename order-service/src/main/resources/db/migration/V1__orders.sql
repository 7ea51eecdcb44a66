-- Read model of customer-service's customers: enough to refuse blocked customers and to
-- show a name. Fed by customer.events, filled on demand from customer-service otherwise.
create table customer_ref (
    id          uuid primary key,
    company_id  uuid        not null,
    name        text,
    status      text        not null,
    updated_at  timestamptz not null default now()
);

create index customer_ref_company on customer_ref (company_id);

create table orders (
    id           uuid primary key,
    company_id   uuid           not null,
    number       bigint         not null,
    customer_id  uuid           not null,
    source       text           not null check (source in ('DASHBOARD', 'STOREFRONT', 'API')),
    status       text           not null check (status in ('SUBMITTED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    currency     text           not null,
    total        numeric(14, 2) not null,
    notes        text,
    po_number    text,
    created_at   timestamptz    not null,
    version      integer        not null default 0,
    unique (company_id, number)
);

create index orders_company_created on orders (company_id, number desc);

create table order_line (
    order_id    uuid           not null references orders (id),
    line_no     integer        not null,
    product_id  uuid           not null,
    sku         text           not null,
    name        text           not null,
    unit_price  numeric(12, 2) not null,
    quantity    integer        not null check (quantity >= 1),
    line_total  numeric(14, 2) not null,
    primary key (order_id, line_no)
);

create table order_number_counter (
    company_id   uuid primary key,
    last_number  bigint not null
);

create table order_status_change (
    id           bigserial primary key,
    order_id     uuid        not null references orders (id),
    from_status  text,
    to_status    text        not null,
    changed_by   uuid        not null,
    changed_at   timestamptz not null
);

create index order_status_change_order on order_status_change (order_id);
