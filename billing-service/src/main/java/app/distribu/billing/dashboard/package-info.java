/**
 * The billing portal pages: plan, usage and next invoice; plans with prices; invoices
 * with their IDs as printable pages; Enterprise contact. Owners only.
 */
package app.distribu.billing.dashboard;
