/**
 * The OpenAPI description of a service's public API ({@code /internal/openapi}, merged by
 * the gateway into {@code /api/v1/openapi.json}), made to say what the code really does:
 * required and nullable fields read from the records, money as decimal strings, enums,
 * unique operation ids, and the problem answers of each operation (docs/api-contract.md).
 */
package app.distribu.platform.web.apidocs;
