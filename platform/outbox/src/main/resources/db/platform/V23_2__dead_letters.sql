-- A consumed event that kept failing, one row per record and consumer group (also sent
-- to the group's dead-letter topic). Open until an operator replays or discards it.
create table dead_letter (
    id              uuid        primary key,
    consumer_group  text        not null,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    record_key      text,
    payload         text        not null,
    event_id        uuid,
    event_type      text,
    correlation_id  text,
    error           text        not null,
    failed_at       timestamptz not null default now(),
    replayed_at     timestamptz,
    discarded_at    timestamptz,
    unique (consumer_group, topic, kafka_partition, kafka_offset)
);

create index dead_letter_open on dead_letter (failed_at)
    where replayed_at is null and discarded_at is null;
