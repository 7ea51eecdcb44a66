/** Billing: plans, each company's subscription, and monthly order usage. */
package app.distribu.billing;
