-- The distributor's own notes about a customer (never shown on the storefront).
alter table customer add column notes text check (length(notes) <= 4000);
