-- The store read model is the platform's now (platform/outbox companies.Stores), the same
-- in every service: the currency too. Rows from before stay null until the company's next
-- event; customer-service does not read it.
alter table store add column currency text;
