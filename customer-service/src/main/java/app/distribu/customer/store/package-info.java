/**
 * The customer service's read model of identity's companies: each storefront's slug and
 * name, fed by {@code company.created}.
 */
package app.distribu.customer.store;
