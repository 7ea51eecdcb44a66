package app.distribu.identity.apikey;

import java.util.List;
import java.util.UUID;

/**
 * {@code requestsPerMinute} is the plan's API rate limit; null until billing has told us.
 */
record ActiveKey(UUID id, UUID companyId, List<String> scopes, Integer requestsPerMinute) {

}
