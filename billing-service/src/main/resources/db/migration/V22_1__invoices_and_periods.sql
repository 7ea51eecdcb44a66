-- Billing in full (issue #12): intervals, paid periods, scheduled changes, invoices,
-- refunds and the subscription's history.

-- Who we bill, from identity's company.created (billing never reads identity's tables).
create table billing_account (
    company_id            uuid primary key,
    name                  text,
    slug                  text,
    currency              text not null default 'USD',
    owner_email           text,
    provider_customer_id  text
);

alter table subscription
    add column billing_interval     text    not null default 'MONTHLY' check (billing_interval in ('MONTHLY', 'ANNUAL')),
    add column currency             text    not null default 'USD',
    -- The price of one interval of the current plan, as charged for the current period
    -- (proration credits what was actually charged). Null while nothing was bought.
    add column price_cents          bigint  check (price_cents >= 0),
    -- The paid period [period_start, period_end) in UTC dates; null in a trial.
    add column period_start         date,
    add column period_end           date,
    -- Periods follow this date: monthly periods end on its day of month (clamped).
    add column anchor_date          date,
    -- The plan whose limits a past-due subscription keeps: the last one paid for.
    add column paid_plan            text    check (paid_plan in ('STARTER', 'GROWTH', 'PRO', 'ENTERPRISE')),
    -- Downgrades and switches to monthly wait for the period end.
    add column scheduled_plan       text    check (scheduled_plan in ('STARTER', 'GROWTH', 'PRO', 'ENTERPRISE')),
    add column scheduled_interval   text    check (scheduled_interval in ('MONTHLY', 'ANNUAL')),
    add column cancel_at_period_end boolean not null default false,
    add column past_due_since       timestamptz;

create table subscription_history (
    id           bigserial   primary key,
    company_id   uuid        not null,
    at           timestamptz not null,
    reason       text        not null,
    plan         text        not null,
    status       text        not null,
    billing_interval text    not null,
    limits_plan  text        not null,
    invoice_id   uuid
);
create index subscription_history_company on subscription_history (company_id, id);

-- Gapless invoice numbers per year: the counter row is locked by the issuing transaction.
create table invoice_counter (
    year  integer primary key,
    last  integer not null
);

create table invoice (
    id                   uuid        primary key,
    company_id           uuid        not null,
    number               text        not null unique,
    status               text        not null check (status in ('draft', 'open', 'paid', 'void', 'uncollectible')),
    reason               text        not null check (reason in ('SUBSCRIBE', 'UPGRADE', 'ANNUAL_SWITCH', 'RENEWAL', 'ENTERPRISE')),
    plan                 text        not null,
    billing_interval     text        not null,
    currency             text        not null,
    total_cents          bigint      not null check (total_cents >= 0),
    refunded_cents       bigint      not null default 0 check (refunded_cents >= 0 and refunded_cents <= total_cents),
    period_start         date        not null,
    period_end           date        not null,
    issued_at            timestamptz not null,
    due_at               timestamptz not null,
    paid_at              timestamptz,
    closed_at            timestamptz,
    provider             text        not null,
    provider_invoice_id  text,
    -- What the provider last said about collecting it: requires_action (3-D Secure),
    -- failed (declined) or null; payment_url lets the customer finish or retry.
    payment_state        text        check (payment_state in ('requires_action', 'failed')),
    payment_message      text,
    payment_url          text,
    version              integer     not null default 0
);
create index invoice_company on invoice (company_id, issued_at desc);
create index invoice_unsettled on invoice (due_at) where status in ('draft', 'open');
create unique index invoice_provider_id on invoice (provider, provider_invoice_id);

create table invoice_line (
    invoice_id    uuid   not null references invoice (id),
    position      integer not null,
    description   text   not null,
    amount_cents  bigint not null,
    primary key (invoice_id, position)
);

-- A refund is keyed by the support action that asked for it: the same action twice
-- (a retried request) refunds once.
create table refund (
    id                  uuid        primary key,
    invoice_id          uuid        not null references invoice (id),
    company_id          uuid        not null,
    amount_cents        bigint      not null check (amount_cents > 0),
    provider_refund_id  text,
    created_at          timestamptz not null
);

-- What support did here, keyed by the console's action id: a retried request replays
-- the first answer instead of acting twice. identity keeps the audit log proper.
create table support_action (
    id            uuid        primary key,
    kind          text        not null check (kind in ('SETTLE', 'REFUND', 'ENTERPRISE')),
    company_id    uuid        not null,
    invoice_id    uuid,
    actor_id      uuid        not null,
    actor_email   text,
    reason        text        not null,
    before_state  text        not null,
    after_state   text        not null,
    created_at    timestamptz not null
);

-- Stripe webhook events applied, so a redelivery has no second effect.
create table provider_event (
    id           text        primary key,
    received_at  timestamptz not null default now()
);
