-- Payment terms snapshot at creation, the paid flag staff set, and where each line's
-- price came from (docs/payment-terms-and-credit.md, docs/price-lists.md).
alter table orders
    add column payment_terms text check (payment_terms in ('PREPAID', 'DUE_ON_DELIVERY', 'NET_15', 'NET_30', 'NET_60')),
    add column paid_at       timestamptz,
    add column paid_by       uuid;

alter table order_line
    add column price_rule text,
    add column price_list text;

-- A customer's open balance: its unpaid orders that count (not cancelled, not deleted).
create index orders_unpaid on orders (company_id, customer_id) include (total, currency)
    where paid_at is null and deleted_at is null and status <> 'CANCELLED';
