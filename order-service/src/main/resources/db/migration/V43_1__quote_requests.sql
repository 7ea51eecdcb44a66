-- Quote requests (docs/quotes.md): a buyer asks for prices on a cart, or staff start a quote
-- for a customer; staff set each line's price and an expiry day and send it; the buyer
-- accepts it (it becomes an order in one step) or declines. Named quote_request so it is
-- never confused with catalog's price quotes (app.distribu.order.quote).
create table quote_request_counter (
    company_id  uuid primary key,
    last_number bigint not null
);

create table quote_request (
    id            uuid        primary key,
    company_id    uuid        not null,
    number        bigint      not null,
    customer_id   uuid        not null,
    status        text        not null check (status in
                      ('REQUESTED', 'DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    currency      text,
    buyer_message text        check (length(buyer_message) <= 2000),
    staff_message text        check (length(staff_message) <= 2000),
    expires_on    date,
    -- The contact who asked (gets the "quote sent" mail); null for a staff-started quote.
    buyer_contact uuid,
    buyer_email   text,
    buyer_name    text,
    store_slug    text,
    store_name    text,
    order_id      uuid,
    order_number  bigint,
    created_by    uuid        not null,
    -- POST /api/v1/quotes with an Idempotency-Key: the key and a hash of the body.
    idempotency_key text,
    request_hash  text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (company_id, number),
    check ((status = 'ACCEPTED') = (order_id is not null)),
    check (status not in ('SENT', 'ACCEPTED', 'EXPIRED') or expires_on is not null)
);

create unique index quote_request_idempotency on quote_request (company_id, created_by, idempotency_key)
    where idempotency_key is not null;
create index quote_request_page on quote_request (company_id, created_at, id);
create index quote_request_customer on quote_request (company_id, customer_id, created_at);
-- The expiry sweep looks only at sent quotes.
create index quote_request_sent on quote_request (expires_on) where status = 'SENT';

create table quote_request_line (
    quote_id   uuid          not null references quote_request (id) on delete cascade,
    line_no    integer       not null,
    sku        text          not null check (length(sku) between 1 and 100),
    name       text,
    quantity   integer       not null check (quantity between 1 and 1000000),
    -- The customer's price from catalog's pricing when the line was added; the quoted
    -- price starts there and staff change it.
    list_price numeric(12, 2),
    unit_price numeric(12, 2) check (unit_price >= 0),
    primary key (quote_id, line_no),
    unique (quote_id, sku)
);

-- Every status change, with who made it: staff user, contact or API key.
create table quote_request_history (
    quote_id    uuid        not null references quote_request (id) on delete cascade,
    at          timestamptz not null,
    from_status text,
    to_status   text        not null,
    by_id       uuid,
    by_kind     text        not null,
    note        text
);

create index quote_request_history_of on quote_request_history (quote_id, at);
