-- Read model of billing's subscriptions: the limit order-service enforces. A null limit
-- means unlimited; changed_at is the event's occurredAt, so an older event never
-- overwrites a newer one.
create table company_plan (
    company_id           uuid primary key,
    plan                 text        not null,
    status               text        not null,
    monthly_order_limit  integer,
    trial_ends_at        timestamptz,
    changed_at           timestamptz not null
);

-- Orders created per company per calendar month (UTC, 'YYYY-MM'). Taken in the order's
-- transaction by one conditional upsert and never decremented: cancelled and deleted
-- orders still count.
create table monthly_order_count (
    company_id  uuid    not null,
    month       text    not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    orders      integer not null check (orders >= 0),
    primary key (company_id, month)
);
