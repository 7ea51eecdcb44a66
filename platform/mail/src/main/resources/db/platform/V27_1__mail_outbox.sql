-- Mail outbox: a mail is queued in the transaction of the change it tells about, then
-- sent by MailRelay with retries, so an SMTP outage delays mail but loses none. Bodies
-- hold links that work like passwords (sign-in, password reset), so they are sealed
-- (platform/secrets) and cleared once the mail is sent.
create table mail_outbox (
    id               uuid        primary key,
    seq              bigserial   not null,
    company_id       uuid,
    recipient        text        not null,
    sender_name      text        not null,
    subject          text        not null,
    text_body        text,
    html_body        text,
    created_at       timestamptz not null default now(),
    next_attempt_at  timestamptz not null default now(),
    lease_until      timestamptz,
    attempts         integer     not null default 0,
    last_error       text,
    sent_at          timestamptz,
    failed_at        timestamptz
);

create index mail_outbox_due on mail_outbox (next_attempt_at, seq) where sent_at is null and failed_at is null;
