/**
 * Alert emails to a company's team: new storefront (and, by choice, API) orders from
 * order-service's {@code order.created}, low stock from catalog's
 * {@code product.low_stock}, and customer registrations (sent by the contact package).
 * Each member chooses which alerts they get per company (Settings → Email notifications);
 * without a choice, OWNERs and ADMINs get the default ones and MEMBERs none. A webhook
 * turned off automatically (webhook-service's {@code webhook.disabled}) is always mailed
 * to OWNERs and ADMINs.
 */
package app.distribu.identity.alert;
