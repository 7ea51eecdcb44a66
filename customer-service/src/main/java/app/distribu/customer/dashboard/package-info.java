/**
 * The dashboard's customer pages: the list, the new-customer form and the detail page
 * with its details, status, contacts and addresses.
 */
package app.distribu.customer.dashboard;
