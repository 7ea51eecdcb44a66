/**
 * Web mechanics every service shares: RFC 9457 problem details, correlation ids across
 * HTTP calls, and the server-rendered page layout.
 */
package app.distribu.platform.web;
