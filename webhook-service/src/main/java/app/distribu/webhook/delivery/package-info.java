/**
 * Deliveries: events fanned out to the subscribed endpoints as PENDING rows, then posted
 * once each, signed with the endpoint's secret over the exact bytes sent.
 */
package app.distribu.webhook.delivery;
