/**
 * Low-stock alerts: catalog's {@code product.low_stock} becomes an email to the company's
 * OWNERs and ADMINs, once per event.
 */
package app.distribu.identity.alert;
