-- Buyer roles and the approval threshold, from customer.profile_changed like the rest of
-- the order profile (docs/buyer-roles-and-approvals.md): buyers is [{contactId, name,
-- email, role}], null until a profile that carries them arrives (everyone a Buyer).
alter table customer_ref
    add column approval_threshold numeric(12, 2),
    add column buyers             jsonb;

-- A storefront checkout held for an admin buyer's approval. The cart lines, address and
-- message wait here; approving places the order at the prices of that moment.
-- status: PENDING (waiting, also after a failed approval, with last_failure), APPROVING
-- (an admin buyer's approval is placing the order; claimed_at), APPROVED (order_id),
-- REJECTED (rejection_reason).
create table order_approval (
    id                 uuid primary key,
    company_id         uuid          not null,
    customer_id        uuid          not null,
    requester_id       uuid          not null,
    requester_name     text          not null,
    requester_email    text          not null,
    store_slug         text          not null,
    store_name         text          not null,
    lines              jsonb         not null,
    shipping_address_id uuid         not null,
    notes              text          not null,
    po_number          text          not null,
    total_at_request   numeric(12, 2) not null,
    currency           text,
    why                text          not null check (why in ('REQUESTER', 'OVER_THRESHOLD')),
    status             text          not null check (status in ('PENDING', 'APPROVING', 'APPROVED', 'REJECTED')),
    claimed_at         timestamptz,
    last_failure       text,
    decided_by_id      uuid,
    decided_by_name    text,
    decided_at         timestamptz,
    rejection_reason   text,
    order_id           uuid,
    created_at         timestamptz   not null default now()
);

create index order_approval_by_customer on order_approval (company_id, customer_id, created_at desc);
