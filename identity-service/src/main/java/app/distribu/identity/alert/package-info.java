/**
 * Alerts to a company's OWNERs and ADMINs, once per event: catalog's
 * {@code product.low_stock}, and webhook-service's {@code webhook.disabled} (a webhook
 * turned off automatically).
 */
package app.distribu.identity.alert;
