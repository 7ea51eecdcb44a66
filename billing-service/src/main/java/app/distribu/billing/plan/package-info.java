/**
 * The plans, their limits and list prices per currency (configuration), billing intervals
 * and money in cents.
 */
package app.distribu.billing.plan;
