-- Password-reset links: only the SHA-256 of the token is kept, so a database leak does
-- not hand out working links. A link is spent once (used_at) and expires after an hour.
create table password_reset_token (
    token_hash  text        primary key,
    user_id     uuid        not null references app_user (id),
    issued_by   uuid,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create index password_reset_token_user on password_reset_token (user_id);

-- Email changes wait here until the link mailed to the new address is opened.
create table email_change_token (
    token_hash  text        primary key,
    user_id     uuid        not null references app_user (id),
    new_email   text        not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create index email_change_token_user on email_change_token (user_id);

-- Failed sign-ins, counted per email (lower-cased, known or not) and per client address
-- over a sliding window. In the database so every replica sees the same counts.
create table sign_in_failure (
    id              bigint      generated always as identity primary key,
    email           text        not null,
    client_address  text        not null,
    failed_at       timestamptz not null
);

create index sign_in_failure_email on sign_in_failure (email, failed_at);
create index sign_in_failure_address on sign_in_failure (client_address, failed_at);
