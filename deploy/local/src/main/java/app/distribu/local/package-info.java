/**
 * The one-command local stack: real PostgreSQL, Kafka and SMTP, every service's jar and
 * the gateway, seeded with a demo company through the same HTTP surface a user has.
 */
package app.distribu.local;
