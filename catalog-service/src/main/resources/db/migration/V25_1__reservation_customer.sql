-- The customer a storefront contact reserved for: a contact's token may only replay or
-- release its own customer's reservations (docs/security.md). Null for team members' and
-- API keys' reservations.
alter table stock_reservation add column customer_id uuid;
