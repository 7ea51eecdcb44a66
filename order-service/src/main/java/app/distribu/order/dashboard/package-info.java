/** The dashboard's Orders page. */
package app.distribu.order.dashboard;
