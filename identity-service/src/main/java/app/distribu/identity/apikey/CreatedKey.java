package app.distribu.identity.apikey;

import java.util.List;
import java.util.UUID;

/** A new key; {@code secret} exists only in this answer and is never stored. */
record CreatedKey(UUID id, String name, String secret, List<String> scopes) {

}
