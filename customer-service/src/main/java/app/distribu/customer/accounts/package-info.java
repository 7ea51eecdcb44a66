/**
 * A distributor's customer accounts, the core every other feature builds on: the
 * {@code Customer} with its status, payment terms, contacts and addresses, the services
 * that change them (each change announced on {@code customer.events}) and their
 * repositories.
 */
package app.distribu.customer.accounts;
