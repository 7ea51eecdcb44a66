/**
 * Plans and subscriptions: every new company starts a 14-day Growth trial, announced as
 * {@code subscription.changed} so other services can apply its limits.
 */
package app.distribu.billing.subscription;
