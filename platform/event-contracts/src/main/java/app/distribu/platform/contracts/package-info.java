/**
 * The events partners and services rely on, written down once: a JSON Schema and an
 * example per event type under {@code event-contracts/} on the classpath, and
 * {@link app.distribu.platform.contracts.EventContracts} to list the types and check a
 * body against its schema. Producers' tests check what they emit; webhook-service takes
 * its list of subscribable types from here.
 */
package app.distribu.platform.contracts;
