-- The plan's API rate limit travels with subscription.changed; the gateway receives it
-- with each key exchange. Null (no event yet, or an older event) means the default.
alter table company_plan add column api_requests_per_minute integer;
