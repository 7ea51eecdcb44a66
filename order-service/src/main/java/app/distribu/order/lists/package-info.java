/**
 * Saved lists: named lists of products and quantities a customer keeps ("Monday order"),
 * filled from the catalog and put into the cart in one step; staff share lists with a
 * customer. Kept per customer, so colleagues at one customer share them. Storefront
 * pages, the customer's lists in the dashboard, and {@code /api/v1/lists}.
 */
package app.distribu.order.lists;
