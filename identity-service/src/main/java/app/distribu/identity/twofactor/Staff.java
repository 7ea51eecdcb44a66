package app.distribu.identity.twofactor;

import java.util.UUID;

/** Who a support session is for. */
record Staff(UUID id, String email, String name) {

}
