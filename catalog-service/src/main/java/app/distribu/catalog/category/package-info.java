/**
 * A company's product categories: created, renamed and deleted on
 * {@code /dashboard/products/categories}. Products hold the category's name; renaming
 * renames it in every product, deleting leaves its products uncategorised.
 */
package app.distribu.catalog.category;
