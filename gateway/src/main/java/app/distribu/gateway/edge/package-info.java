/**
 * What the gateway does to every request: a correlation id, problem+json answers for edge
 * refusals, and the dashboard session cookie relayed as a bearer token.
 */
package app.distribu.gateway.edge;
