package app.distribu.customer;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.Awaitility;

import app.distribu.platform.test.TestEvents;

/**
 * Creates a store as identity's {@code company.created} would, and waits until it is
 * known.
 */
public final class Stores {

	private static final Map<String, UUID> companies = new ConcurrentHashMap<>();

	private Stores() {
	}

	public static UUID companyOf(String slug) {
		return companies.get(slug);
	}

	public static UUID open(int port, String slug, String name) {
		UUID companyId = UUID.randomUUID();
		TestEvents.publish("identity.events", companyId, "company.created", Map.of("companyId", companyId, "name", name,
				"slug", slug, "currency", "EUR", "ownerUserId", UUID.randomUUID(), "ownerEmail", "o@x.test"));
		Browser visitor = new Browser(port);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> visitor.get("/store/" + slug + "/login").status() == 200);
		companies.put(slug, companyId);
		return companyId;
	}

}
