-- POST /api/v1/quotes keeps its Idempotency-Key in idempotency_key, like orders and lists
-- (ordering.IdempotentCalls, docs/quotes.md): one mechanism, the first answer replayed for
-- 24 hours. The quote's own key columns go. A key sent before this migration is not
-- carried over: a retry of such a request within the deploy makes a second draft, which
-- staff can withdraw.
drop index quote_request_idempotency;
alter table quote_request drop column idempotency_key, drop column request_hash;
