/**
 * Limits on what anonymous storefront visitors can make us do: how many sign-in links and
 * registrations per email address, per store and per client address each hour, and a
 * bounded queue for the mail they trigger (inbox bombing, docs/security.md).
 */
package app.distribu.customer.throttle;
