-- Price overrides by CSV name customers by email, as people know them.
alter table customer_ref add column email text;
create index customer_ref_email on customer_ref (company_id, lower(email));
