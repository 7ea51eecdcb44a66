-- The events feed (GET /api/v1/events) moved to webhook-service, which lists every
-- webhook event type there (docs/events-feed.md); order events no longer wait for a
-- per-company position here.
drop table order_event_log;
drop table order_event_position;
