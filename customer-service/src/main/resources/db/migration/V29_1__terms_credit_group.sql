-- Payment terms and the customer group (docs/payment-terms-and-credit.md,
-- docs/price-lists.md): a group is a name, compared trimmed and case-insensitively;
-- catalog assigns price lists to it.
alter table customer
    add column group_name    text check (length(group_name) between 1 and 60),
    add column payment_terms text check (payment_terms in ('PREPAID', 'DUE_ON_DELIVERY', 'NET_15', 'NET_30', 'NET_60'));

create index customer_group on customer (company_id, lower(group_name)) where group_name is not null;

-- Whether a distributor's credit limits refuse orders (enforced) or are for reference
-- only (no row: reference only, as before).
create table credit_policy (
    company_id  uuid primary key,
    enforced    boolean     not null,
    changed_at  timestamptz not null default clock_timestamp(),
    changed_by  text        not null
);
