/**
 * Session revocation at the edge: a dashboard or storefront session cookie whose session
 * version identity has since raised (sign out everywhere, a password change or reset, a
 * removal or demotion) is taken off the request and deleted in the browser, on every
 * replica within a second of {@code session.revoked}.
 */
package app.distribu.gateway.session;
