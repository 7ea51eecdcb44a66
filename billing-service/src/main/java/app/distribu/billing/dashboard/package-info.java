/** The billing page: plan, status, trial end and this month's usage. Owners only. */
package app.distribu.billing.dashboard;
