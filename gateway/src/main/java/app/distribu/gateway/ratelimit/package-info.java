/**
 * API rate limits per key, counted in PostgreSQL so every gateway replica shares them.
 */
package app.distribu.gateway.ratelimit;
