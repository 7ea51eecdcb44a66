/**
 * A signed-in user's own profile: name, password, and an email change that takes effect
 * only once a link mailed to the new address is opened (the old address is told).
 */
package app.distribu.identity.profile;
