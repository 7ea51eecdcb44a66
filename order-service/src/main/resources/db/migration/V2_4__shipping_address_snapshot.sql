-- The shipping address as it was when the order was placed; later edits of the
-- customer's addresses do not change it. All null when the customer had none.
alter table orders
    add column ship_address_id   uuid,
    add column ship_line1        text,
    add column ship_line2        text,
    add column ship_city         text,
    add column ship_postal_code  text,
    add column ship_country      text;
