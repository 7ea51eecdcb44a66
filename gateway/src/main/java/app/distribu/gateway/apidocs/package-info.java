/**
 * The public API's OpenAPI document, merged from the services' own descriptions, and its
 * browsable page.
 */
package app.distribu.gateway.apidocs;
