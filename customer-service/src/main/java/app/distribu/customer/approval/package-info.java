/**
 * The distributor's answer to a storefront registration (approve with invites, or reject)
 * and re-sent invites.
 */
package app.distribu.customer.approval;
