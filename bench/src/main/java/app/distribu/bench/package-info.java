/**
 * Load generators for the performance targets of shared/design/architecture.md. They run
 * against a live local stack, never in the test suite: timings belong here, not in tests.
 */
package app.distribu.bench;
