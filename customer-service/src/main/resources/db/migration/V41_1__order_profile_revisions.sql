-- order-service keeps its own copy of what an order needs of a customer (status, terms,
-- credit limit, addresses) and of the company's credit policy, from customer.events
-- (docs/customer-service.md, "Order profile"). Each change bumps a counter in the row it
-- locks anyway, so the copy can tell a newer state from an older one whatever order the
-- events and read-throughs arrive in.
alter table customer
    add column revision bigint not null default 0;

alter table credit_policy
    add column revision bigint not null default 1;
