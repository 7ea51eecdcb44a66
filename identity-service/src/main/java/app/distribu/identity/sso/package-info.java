/**
 * Single sign-on for Enterprise companies: the plan read model from billing's events, the
 * owner's OpenID Connect settings, registrations served from the database to Spring
 * Security's OAuth2 login, and turning a verified provider identity into Distribu's own
 * session.
 */
package app.distribu.identity.sso;
