/**
 * Identity's companies, copied into the services that need them (a store's slug, name and
 * currency): the service declares a
 * {@link app.distribu.platform.companies.CompanyReadModel} and the listener comes with
 * the platform.
 */
package app.distribu.platform.companies;
