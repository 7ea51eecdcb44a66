/**
 * The second factor of support staff: enrolment of an authenticator app (TOTP, RFC 6238)
 * with recovery codes, and the code every support sign-in asks for after the password. A
 * support session exists only after both.
 */
package app.distribu.identity.twofactor;
