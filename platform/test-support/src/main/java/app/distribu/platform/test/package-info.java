/**
 * Real infrastructure for tests, started once per test JVM and shared: PostgreSQL
 * (embedded binaries, no Docker), a KRaft Kafka broker, an SMTP server whose mail can be
 * read, and a token issuer whose JWKS the services trust. {@link ServiceTest} gives each
 * test class its own database.
 */
package app.distribu.platform.test;
