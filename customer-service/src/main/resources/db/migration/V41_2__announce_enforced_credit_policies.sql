-- order-service keeps each distributor's credit switch from customer.credit_policy_changed
-- and takes a distributor it has no such event for as reference only (the default). The
-- distributors that enforced limits before the event existed are announced once here,
-- through the outbox like any event (the relay sends them before anything newer).
insert into outbox_event (id, topic, company_id, event_type, payload, occurred_at)
select e.id, 'customer.events', p.company_id, 'customer.credit_policy_changed',
       json_build_object('id', e.id, 'type', 'customer.credit_policy_changed', 'schemaVersion', 1,
                         'occurredAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                         'companyId', p.company_id,
                         'data', json_build_object('enforced', p.enforced, 'revision', p.revision))::text,
       now()
from credit_policy p
cross join lateral (select gen_random_uuid() as id) e
where p.enforced;
