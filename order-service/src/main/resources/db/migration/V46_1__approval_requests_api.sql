-- GET /api/v1/approvals pages a company's approval requests newest first, across its
-- customers (docs/buyer-roles-and-approvals.md); the customer index serves ?customerId=.
create index order_approval_page on order_approval (company_id, created_at desc, id desc);
