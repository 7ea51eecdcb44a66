-- Storefront requests that make us send mail (sign-in links, registrations), counted per
-- hour and per subject: an email address, a store (company id) or a client address.
-- One upsert counts a request for all three at once (docs/security.md, inbox bombing).
create table request_window (
    scope        text        not null,
    subject      text        not null,
    window_start timestamptz not null,
    requests     integer     not null,
    primary key (scope, subject, window_start)
);

create index request_window_start on request_window (window_start);
