/**
 * What the gateway does to every request: a correlation id and problem+json answers for
 * edge refusals. The dashboard session cookie passes through untouched: services read it
 * after their CSRF check.
 */
package app.distribu.gateway.edge;
