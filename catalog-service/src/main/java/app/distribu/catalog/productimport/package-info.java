/**
 * Products CSV import ({@code sku,name,description,category,price,stock,active}): the
 * upload is kept in a temporary file, checked as a whole, then imported row by row as a
 * background job that records per-row results.
 */
package app.distribu.catalog.productimport;
