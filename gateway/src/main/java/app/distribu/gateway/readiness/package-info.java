/** The gateway is ready only when every service it routes to is ready. */
package app.distribu.gateway.readiness;
