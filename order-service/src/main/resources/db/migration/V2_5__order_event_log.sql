-- The events feed (GET /api/v1/events): every order event of a company, numbered per
-- company in commit order. The position is taken from order_event_position with an
-- upsert whose row lock is held until the event's transaction ends, so a later position
-- can never commit before an earlier one and a reader never skips an event.
create table order_event_position (
    company_id     uuid primary key,
    last_position  bigint not null
);

create table order_event_log (
    company_id  uuid        not null,
    position    bigint      not null,
    event_id    uuid        not null unique,
    event_type  text        not null,
    envelope    text        not null,
    created_at  timestamptz not null,
    primary key (company_id, position)
);
