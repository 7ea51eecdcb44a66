/**
 * Identity's companies, copied into the services that need them as their stores (slug,
 * name, currency): a service with a {@code store} table sets
 * {@code distribu.stores.consumer-name} and gets
 * {@link app.distribu.platform.companies.Stores} and the listener that keeps it in step.
 */
package app.distribu.platform.companies;
