package app.distribu.identity.support;

record ChangeEmailForm(String email, String reason) {

}
