-- Whether an order id was committed or given up, decided once. The order's transaction
-- inserts COMMITTED; catalog's question about a reservation no order.created confirmed
-- inserts ABANDONED. Whichever inserts first wins: the other waits on the key, then
-- finds it taken. So a reservation is released only for an order that can never exist.
create table order_outcome (
    order_id   uuid primary key,
    outcome    text        not null check (outcome in ('COMMITTED', 'ABANDONED')),
    decided_at timestamptz not null default now()
);

insert into order_outcome (order_id, outcome, decided_at)
select id, 'COMMITTED', created_at from orders;
