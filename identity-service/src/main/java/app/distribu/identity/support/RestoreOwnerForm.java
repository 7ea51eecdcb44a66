package app.distribu.identity.support;

import java.util.UUID;

/** Either a current member ({@code userId}) or any account found by {@code email}. */
record RestoreOwnerForm(UUID userId, String email, String reason) {

}
