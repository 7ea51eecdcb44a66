/**
 * The catalog's read model of identity's companies: each store's slug, name and currency,
 * fed by {@code company.created}.
 */
package app.distribu.catalog.store;
