-- Every session token carries its subject's session version (claim sv) from when it was
-- issued; raising the version here ends all of that subject's earlier sessions at the
-- gateway within seconds (docs/security.md, "Sessions"). Subjects are users (team members
-- and support staff) and storefront contacts; no row means version 0.
create table session_version (
    subject_id  uuid        primary key,
    version     integer     not null,
    revoked_at  timestamptz not null
);
