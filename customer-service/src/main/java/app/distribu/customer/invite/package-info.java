/**
 * Talking to contacts: sign-in links from identity-service ({@code POST
 * /internal/contact-links}) and the mails that carry them.
 */
package app.distribu.customer.invite;
