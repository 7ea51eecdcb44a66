-- Webhooks partners can trust: retries with a lease, attempts kept for the card,
-- secret rotation, automatic disabling, and one stored copy of each event (its exact
-- body, also the events feed).

alter table webhook_endpoint
    add column description                text        not null default '' check (char_length(description) <= 500),
    add column include_dashboard_orders   boolean     not null default false,
    add column previous_secret            text,
    add column previous_secret_expires_at timestamptz,
    -- Why the webhook was turned off automatically (GONE, FAILING); null otherwise.
    add column disabled_reason            text check (disabled_reason in ('GONE', 'FAILING')),
    add column disabled_at                timestamptz,
    add column last_success_at            timestamptz,
    add column failing_since              timestamptz;

-- Each event once, with the body every delivery of it sends (the signed bytes). position
-- numbers a company's events for the feed (GET /api/v1/events); it is taken from
-- webhook_event_position with an upsert whose row lock is held until the transaction
-- ends, so positions become visible in order and a reader never skips one. Test events
-- have none: they are not in the feed.
create table webhook_event (
    id          uuid primary key,
    company_id  uuid        not null,
    type        text        not null,
    body        text        not null,
    created_at  timestamptz not null,
    position    bigint,
    unique (company_id, position)
);

create table webhook_event_position (
    company_id     uuid primary key,
    last_position  bigint not null
);

insert into webhook_event (id, company_id, type, body, created_at)
select distinct on (event_id) event_id, company_id, event_type, payload, created_at
from webhook_delivery
order by event_id, created_at;

-- A delivery is due when PENDING and next_attempt_at has passed. A worker claims it by
-- setting lease_until (and next_attempt_at to the same time, so a crashed worker's claim
-- comes due again when the lease ends) and commits before sending. attempts counts
-- claims; the outcome is written only while attempts still matches, so a late result of
-- an expired lease cannot overwrite a newer attempt.
alter table webhook_delivery
    add column attempts            integer     not null default 0,
    add column max_attempts        integer     not null default 17,
    add column manual              boolean     not null default false,
    add column next_attempt_at     timestamptz,
    add column lease_until         timestamptz,
    add column first_attempted_at  timestamptz,
    add column correlation_id      text;

update webhook_delivery
set attempts = case when attempted_at is null then 0 else 1 end,
    first_attempted_at = attempted_at,
    next_attempt_at = case when status = 'PENDING' then now() end;

alter table webhook_delivery drop column payload;
alter table webhook_delivery add foreign key (event_id) references webhook_event (id);

drop index webhook_delivery_pending;
create index webhook_delivery_due on webhook_delivery (endpoint_id, next_attempt_at) where status = 'PENDING';
create index webhook_delivery_leased on webhook_delivery (endpoint_id) where lease_until is not null;

-- Every attempt, for the card's accordion: what was sent and what came back.
create table webhook_attempt (
    delivery_id       uuid        not null references webhook_delivery (id) on delete cascade,
    number            integer     not null,
    started_at        timestamptz not null,
    duration_ms       integer     not null,
    succeeded         boolean     not null,
    response_status   integer,
    response_excerpt  text check (char_length(response_excerpt) <= 500),
    request_headers   text        not null,
    next_attempt_at   timestamptz,
    primary key (delivery_id, number)
);

insert into webhook_attempt (delivery_id, number, started_at, duration_ms, succeeded, response_status,
                             response_excerpt, request_headers)
select id, 1, attempted_at, coalesce(duration_ms, 0), status = 'SUCCEEDED', response_status, response_excerpt, '{}'
from webhook_delivery
where attempted_at is not null;
