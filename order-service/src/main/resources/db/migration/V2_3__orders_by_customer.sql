-- A customer's latest orders (customer detail page: ?customerId=...&limit=10).
create index orders_company_customer on orders (company_id, customer_id, number desc);
