-- The report of a customers CSV import, so the page after the upload is a GET
-- (POST/redirect/GET: reloading it shows the report again instead of importing twice).
-- Kept a week.
create table customer_import (
    id          uuid        primary key,
    company_id  uuid        not null,
    result      text        not null,
    created_at  timestamptz not null default now()
);

create index customer_import_company on customer_import (company_id, created_at);
