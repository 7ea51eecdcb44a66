/**
 * Staff accounts: self-serve sign-up (user + company + OWNER membership), sign-in with
 * email and password, and the dashboard session cookie.
 */
package app.distribu.identity.account;
