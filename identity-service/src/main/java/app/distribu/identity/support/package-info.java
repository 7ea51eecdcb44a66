/**
 * The support console for the installation's staff (SUPPORT sessions only): finding users
 * and companies, changing an email, restoring an owner, each action written to the
 * append-only audit log in its own transaction; and the seed of the support account.
 */
package app.distribu.identity.support;
