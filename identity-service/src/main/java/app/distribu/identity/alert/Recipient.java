package app.distribu.identity.alert;

record Recipient(String email, String name, String companyName) {

}
