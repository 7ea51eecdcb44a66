-- A record Kafka can never take (too large, invalid topic) is parked with its error
-- instead of blocking the relay; an operator retries or inspects it.
alter table outbox_event
    add column parked_at  timestamptz,
    add column last_error text;

drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (seq)
    where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (parked_at) where parked_at is not null;

-- Published rows and old inbox entries are purged by age; both tables only ever grow at
-- the end, so a BRIN index finds the old block ranges for almost nothing per insert.
create index outbox_event_occurred on outbox_event using brin (occurred_at);
create index processed_event_processed on processed_event using brin (processed_at);
