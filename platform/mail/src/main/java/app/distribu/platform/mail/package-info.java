/**
 * Mail: branded HTML and text bodies rendered from a service's templates inside the
 * shared layout, queued in the transaction of the change they tell about
 * ({@link app.distribu.platform.mail.MailOutbox}) and sent with retries by
 * {@link app.distribu.platform.mail.MailRelay}.
 */
package app.distribu.platform.mail;
