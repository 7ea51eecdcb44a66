-- Categories per company. Products keep the category's name; the foreign key renames it
-- in every product at once and makes products uncategorised when it is deleted.
create table category (
    id          uuid primary key default gen_random_uuid(),
    company_id  uuid        not null,
    name        text        not null,
    created_at  timestamptz not null default clock_timestamp(),
    unique (company_id, name)
);

insert into category (company_id, name)
select distinct company_id, category from product where category is not null;

-- Whoever writes a product (API, form, CSV import) names a category; it exists from then on.
create function product_category_exists() returns trigger language plpgsql as $$
begin
    if new.category is not null then
        insert into category (company_id, name) values (new.company_id, new.category)
        on conflict (company_id, name) do nothing;
    end if;
    return new;
end $$;

create trigger product_category_exists before insert or update of category on product
    for each row execute function product_category_exists();

alter table product
    add foreign key (company_id, category) references category (company_id, name)
        on update cascade on delete set null (category),
    add column min_order_quantity integer not null default 1 check (min_order_quantity >= 1),
    add column quantity_step      integer not null default 1 check (quantity_step >= 1),
    add column override_gated     boolean not null default false;

create index product_company_name on product (company_id, name);

-- Deleting a product forgets which reservations took it; orders keep their own snapshot.
alter table stock_reservation_line
    drop constraint stock_reservation_line_product_id_fkey,
    add foreign key (product_id) references product (id) on delete cascade;

-- order.created confirms a reservation; unconfirmed ones are released after a while.
alter table stock_reservation add column confirmed_at timestamptz;
create index stock_reservation_unconfirmed on stock_reservation (created_at)
    where status = 'RESERVED' and confirmed_at is null;

-- Every change of a product's stock, written in the transaction of the change.
create table stock_movement (
    id          bigint generated always as identity primary key,
    company_id  uuid        not null,
    product_id  uuid        not null references product (id) on delete cascade,
    delta       integer     not null,
    stock_after integer     not null check (stock_after >= 0),
    kind        text        not null check (kind in ('ORDER', 'CANCELLATION', 'ADJUSTMENT', 'IMPORT', 'RELEASE')),
    reason      text,
    order_id    uuid,
    actor       text        not null,
    created_at  timestamptz not null default clock_timestamp()
);

create index stock_movement_product on stock_movement (product_id, id desc);

-- Read model of customer-service's customers, fed by customer.events.
create table customer_ref (
    id          uuid primary key,
    company_id  uuid not null,
    name        text not null,
    status      text not null
);

create index customer_ref_company on customer_ref (company_id, name);

-- A customer's own price for a product.
create table price_override (
    product_id  uuid           not null references product (id) on delete cascade,
    customer_id uuid           not null,
    company_id  uuid           not null,
    price       numeric(12, 2) not null check (price >= 0),
    primary key (product_id, customer_id)
);

create index price_override_customer on price_override (company_id, customer_id);
