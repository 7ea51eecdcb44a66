package app.distribu.platform.mail;

/** A mail's subject and both of its bodies, as the recipient's program gets them. */
public record RenderedMail(String subject, String html, String text) {

}
