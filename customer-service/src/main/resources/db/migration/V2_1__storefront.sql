-- Read model of identity's companies, fed by company.created: which company a storefront
-- slug belongs to. Slugs are case-sensitive in URLs.
create table store (
    company_id  uuid primary key,
    slug        text not null unique,
    name        text not null
);

-- When the contact's latest invite went out and until when it works (the link itself is
-- only in the mail and on the page that sent it).
alter table contact
    add column invited_at        timestamptz,
    add column invite_expires_at timestamptz;
