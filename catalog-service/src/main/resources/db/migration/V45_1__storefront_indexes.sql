-- The storefront at 10,000 products (issue #13). A visitor's shelf is the company's active,
-- ungated products by name: pages read this index in order, and the count of matches is an
-- index-only scan of it instead of a scan of every product.
create index product_shelf on product (company_id, name, id) where active and not override_gated;

-- The categories a store shows (those with an active product): one probe per category.
create index product_active_category on product (company_id, category) where active;
