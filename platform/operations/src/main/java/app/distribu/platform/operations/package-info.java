/**
 * What every service needs to be operated: trace, metric and log defaults
 * ({@link app.distribu.platform.operations.OperationsDefaults}), W3C trace context for
 * events ({@link app.distribu.platform.operations.TraceParent}), and the Flyway entry
 * point that Kubernetes runs before a new version starts
 * ({@link app.distribu.platform.operations.MigrateDatabase}).
 */
package app.distribu.platform.operations;
