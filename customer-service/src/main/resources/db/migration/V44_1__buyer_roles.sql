-- Buyer roles inside a customer and the order approval threshold its admin buyer sets
-- (docs/buyer-roles-and-approvals.md). Every contact, old and new, starts as BUYER: they
-- order as they always did. No threshold = no order waits for being large.
alter table contact
    add column buyer_role text not null default 'BUYER'
        check (buyer_role in ('ADMIN_BUYER', 'BUYER', 'REQUESTER'));

alter table customer
    add column approval_threshold numeric(12, 2)
        check (approval_threshold >= 0);
