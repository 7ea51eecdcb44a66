package app.distribu.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Reading a catalog of 10,000 products ({@link CatalogSeed}): first the storefront's
 * catalog page as an anonymous visitor, then {@code GET /api/v1/products} with the demo
 * API key, each by {@code -Dclients} (16) clients in a closed loop. Target: p95 ≤ 100 ms.
 */
public class CatalogSimulation extends Simulation {

	private final Settings settings = Settings.fromSystemProperties();

	private final RunSummary summary = new RunSummary("catalog");

	{
		int clients = this.settings.clientsOr(16);
		Duration total = this.settings.warmup().plus(this.settings.duration());
		PopulationBuilder page = scenario("storefront catalog page").during(this.settings.warmup())
			.on(get("warm-up store page", "/store/" + StoreBuyers.SLUG))
			.during(this.settings.duration())
			.on(get("GET /store/demo", "/store/" + StoreBuyers.SLUG))
			.injectClosed(constantConcurrentUsers(clients).during(total))
			.protocols(http.baseUrl(this.settings.baseUrl().toString()).acceptHeader("text/html"));
		PopulationBuilder api = scenario("products API").during(this.settings.warmup())
			.on(get("warm-up products API", "/api/v1/products"))
			.during(this.settings.duration())
			.on(get("GET /api/v1/products", "/api/v1/products"))
			.injectClosed(constantConcurrentUsers(clients).during(total))
			.protocols(http.baseUrl(this.settings.baseUrl().toString())
				.acceptHeader("application/json")
				.authorizationHeader("Bearer " + this.settings.apiKey()));
		setUp(page.andThen(api));
	}

	private static ChainBuilder get(String name, String path) {
		return exec(http(name).get(path).check(status().is(200)));
	}

	@Override
	public void before() {
		try {
			this.summary.line(CatalogSeed.ensure(this.settings));
			this.summary.figure("seconds", this.settings.duration().toSeconds());
			this.summary.line("target: p95 ≤ 100 ms for both");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not seed the catalog", ex);
		}
	}

	@Override
	public void after() {
		this.summary.write();
	}

}
