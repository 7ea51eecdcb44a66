/**
 * Price lists: prices per product, fixed or a percentage off the catalog price, with
 * optional volume tiers, assigned to customers and customer groups with a priority and
 * optional dates. Managed on the dashboard ({@code /dashboard/price-lists}), over the API
 * ({@code /api/v1/price-lists}) and by CSV; applied by {@code pricing.PriceSheet}.
 */
package app.distribu.catalog.pricelist;
