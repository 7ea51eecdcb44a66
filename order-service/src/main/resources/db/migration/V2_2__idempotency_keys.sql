-- The first successful answer to a POST carrying an Idempotency-Key, per company and
-- caller (API key or user), replayed for 24 hours. Written in the transaction of the order
-- it describes, so a key is never stored without its order or the other way round.
create table idempotency_key (
    company_id    uuid        not null,
    principal_id  uuid        not null,
    key           text        not null,
    request_hash  text        not null,
    status        integer     not null,
    response      text        not null,
    created_at    timestamptz not null,
    primary key (company_id, principal_id, key)
);

create index idempotency_key_created on idempotency_key (created_at);
