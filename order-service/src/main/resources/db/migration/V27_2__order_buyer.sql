-- Who placed a storefront order, to mail them its confirmation and status changes, and
-- the store's address and name as they were (an API key changing the status carries
-- neither). Dashboard and API orders have no row: nobody asked to be mailed.
create table order_buyer (
    order_id    uuid primary key references orders (id),
    company_id  uuid not null,
    contact_id  uuid not null,
    email       text not null,
    name        text,
    store_slug  text not null,
    store_name  text not null
);
