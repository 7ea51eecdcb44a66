/**
 * API authentication at the edge: {@code Authorization: Bearer dk_...} on
 * {@code /api/v1/**} is exchanged with identity for a short-lived token, cached by the
 * key's SHA-256 and evicted the moment identity announces a revocation.
 */
package app.distribu.gateway.apikey;
