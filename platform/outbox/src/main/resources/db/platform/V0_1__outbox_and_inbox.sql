-- Transactional outbox: events are written in the same transaction as the change they
-- describe, then relayed to Kafka by OutboxRelay. Rows stay for a while after publishing
-- so an operator can see what went out.
create table outbox_event (
    seq             bigserial primary key,
    id              uuid        not null unique,
    topic           text        not null,
    company_id      uuid        not null,
    event_type      text        not null,
    payload         text        not null,
    correlation_id  text,
    occurred_at     timestamptz not null,
    published_at    timestamptz
);

create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Inbox: one row per event a consumer has applied, written in the consumer's own
-- transaction, so a redelivered event has no second effect.
create table processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
