-- Installation staff. Only the SUPPORT_EMAIL/SUPPORT_PASSWORD seed sets this flag; sign-up
-- never does, so nobody can make themselves support.
alter table app_user add column support boolean not null default false;

-- What support did, to whom, why, and what it changed. Append-only: the triggers below
-- refuse updates and deletes, so even a bug in the app cannot rewrite history.
create table support_audit (
    id                 uuid        primary key,
    actor_id           uuid        not null,
    actor_email        text        not null,
    action             text        not null,
    target_user_id     uuid,
    target_company_id  uuid,
    reason             text        not null check (length(trim(reason)) > 0),
    before_state       text,
    after_state        text,
    created_at         timestamptz not null default now()
);

create index support_audit_recent on support_audit (created_at desc, id desc);

create function support_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'support_audit is append-only';
end;
$$;

create trigger support_audit_no_update before update or delete on support_audit
    for each row execute function support_audit_append_only();
