package app.distribu.identity.alert;

/** A team member who gets an alert, with the name of the company it is about. */
public record Recipient(String email, String name, String companyName) {

}
