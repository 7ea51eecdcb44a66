/**
 * Account recovery: "forgot password" sends a single-use link valid for an hour; opening
 * it sets a new password. Support issues the same link through {@link PasswordResets}.
 */
package app.distribu.identity.recovery;
