/**
 * Who each company is for billing: name, currency, owner's address, provider customer.
 */
package app.distribu.billing.account;
