package app.distribu.customer.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the dashboard home shows of registrations: how many wait for approval and the ones
 * waiting longest.
 */
public record PendingSummary(int pending, List<Waiting> waiting) {

	record Waiting(UUID id, String name, Instant registeredAt) {

	}

}
