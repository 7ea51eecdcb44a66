-- The report of a price-override CSV import, so the page after the upload is a GET
-- (POST/redirect/GET: reloading it shows the report again instead of importing twice).
-- Kept a week.
create table override_import (
    id          uuid        primary key,
    company_id  uuid        not null,
    report      text        not null,
    created_at  timestamptz not null default now()
);

create index override_import_company on override_import (company_id, created_at);
