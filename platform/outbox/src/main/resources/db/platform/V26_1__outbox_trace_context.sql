-- The W3C trace context of the request that wrote the event, sent as the Kafka header
-- "traceparent" so that consumers continue its trace (docs/operations/observability.md).
alter table outbox_event add column trace_parent text;
