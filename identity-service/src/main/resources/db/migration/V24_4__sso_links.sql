-- Which provider identity (issuer + subject) is which Distribu user, per company. A
-- company's provider can assert any email address; an existing account is linked only
-- after its owner confirms (password or emailed link), and from then on the provider's
-- subject, not the email, finds the account (docs/sso.md).
create table sso_identity (
    company_id  uuid        not null references company (id),
    issuer      text        not null,
    subject     text        not null,
    user_id     uuid        not null references app_user (id),
    linked_at   timestamptz not null,
    primary key (company_id, issuer, subject)
);

create index sso_identity_user on sso_identity (user_id);

-- A provider sign-in that named an existing account, waiting for that account's owner to
-- confirm. Only SHA-256 of the browser's token and of the mailed link's token are kept.
create table sso_pending_link (
    token_hash       text        primary key,
    mail_token_hash  text        unique,
    mails_sent       integer     not null default 0,
    company_id       uuid        not null references company (id),
    issuer           text        not null,
    subject          text        not null,
    user_id          uuid        not null references app_user (id),
    expires_at       timestamptz not null
);

create index sso_pending_link_user on sso_pending_link (user_id);
