-- What an order needs of its customer, kept here from customer-service's
-- customer.profile_changed events so placing an order asks customer-service nothing
-- (docs/order-service.md, "Customer read model"). revision is customer-service's counter
-- of the customer's changes: null means only the name and status are known (rows from
-- before this, or from an answer without a revision) and the order asks customer-service.
alter table customer_ref
    add column revision       bigint,
    add column payment_terms  text,
    add column credit_limit   numeric(12, 2),
    add column addresses      jsonb,
    add column removed        boolean not null default false;

-- The distributor's credit-limit switch (customer.credit_policy_changed); revision 0 =
-- never switched (reference only).
create table credit_policy_ref (
    company_id  uuid primary key,
    enforced    boolean     not null,
    revision    bigint      not null,
    updated_at  timestamptz not null default now()
);
