-- Support staff sign in with a password and then a second factor (docs/support-console.md).
-- The TOTP secret is kept sealed with the SecretBox (ENCRYPTION_KEYS); the recovery codes
-- are shown once at enrolment (sealed here until confirmed) and then kept only as SHA-256.
create table second_factor (
    user_id        uuid        primary key references app_user (id),
    secret         text        not null,
    pending_codes  text,
    confirmed_at   timestamptz,
    -- The newest time step a code was accepted for: a code works once.
    last_step      bigint,
    created_at     timestamptz not null
);

create table recovery_code (
    user_id    uuid        not null references app_user (id),
    code_hash  text        not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- A sign-in whose password was right and whose second factor is still to come. Only the
-- SHA-256 of the cookie's token is kept; five minutes to finish.
create table pending_sign_in (
    token_hash  text        primary key,
    user_id     uuid        not null references app_user (id),
    expires_at  timestamptz not null
);

create index pending_sign_in_user on pending_sign_in (user_id);
