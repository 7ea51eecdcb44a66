/**
 * Tells a distributor's owners and admins by email when a business registers at their
 * storefront ({@code customer.registered} from customer-service).
 */
package app.distribu.identity.registration;
