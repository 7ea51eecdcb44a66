/**
 * The public storefront catalog at {@code /store/{slug}}: a store's active products with
 * a category filter.
 */
package app.distribu.catalog.storefront;
