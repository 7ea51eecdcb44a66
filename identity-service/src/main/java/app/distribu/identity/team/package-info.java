/**
 * A company's team: members and their roles (at least one OWNER always), invites by email
 * with a single-use link, accepting them, and switching the session between the companies
 * a user belongs to.
 */
package app.distribu.identity.team;
