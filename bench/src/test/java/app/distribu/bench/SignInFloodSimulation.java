package app.distribu.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Orders at {@code -Dclients} (16) in a closed loop: warm-up, then a baseline period
 * alone, then the same period beside a flood of {@code -Dflood-rate} (500) dashboard
 * sign-in attempts per second with wrong passwords (open model, on 127.0.0.1 only). The
 * order p99 under the flood must stay within 2× the baseline's.
 */
public class SignInFloodSimulation extends Simulation {

	private static final String XSRF = UUID.randomUUID().toString();

	private final Settings settings = Settings.fromSystemProperties();

	private final RunSummary summary = new RunSummary("signin-flood");

	private final AtomicLong attempt = new AtomicLong();

	private volatile OrderFixture fixture;

	{
		int clients = this.settings.clientsOr(16);
		double floodRate = Double.parseDouble(System.getProperty("flood-rate", "500"));
		setUp(scenario("orders").during(this.settings.warmup())
			.on(order("warm-up"))
			.during(this.settings.duration())
			.on(order("order baseline"))
			.during(this.settings.duration())
			.on(order("order under flood"))
			.injectClosed(constantConcurrentUsers(clients)
				.during(this.settings.warmup().plus(this.settings.duration().multipliedBy(2))))
			.protocols(http.baseUrl(this.settings.baseUrl().toString())
				.authorizationHeader("Bearer " + this.settings.apiKey())
				.contentTypeHeader("application/json")),
				scenario("sign-in flood")
					.exec(addCookie(
							Cookie("XSRF-TOKEN", XSRF).withDomain(this.settings.baseUrl().getHost()).withPath("/")))
					.exec(http("sign-in attempt").post("/login")
						.formParam("email",
								(session) -> "flood-" + this.attempt.incrementAndGet() % 1000 + "@bench.example")
						.formParam("password", "not-the-password")
						.formParam("_csrf", XSRF)
						.disableFollowRedirect()
						.check(status().in(200, 302, 303, 400, 401, 403, 429)))
					.injectOpen(nothingFor(this.settings.warmup().plus(this.settings.duration())),
							constantUsersPerSec(floodRate).during(this.settings.duration()))
					.protocols(http.baseUrl(this.settings.baseUrl().toString()).acceptHeader("text/html")));
	}

	private ChainBuilder order(String name) {
		return ApiOrder.place(name, () -> this.fixture);
	}

	@Override
	public void before() {
		try {
			this.fixture = OrderFixture.prepare(this.settings, "FLD", 100_000_000);
			this.summary.figure("seconds", this.settings.duration().toSeconds());
			this.summary.compareP99("order under flood", "order baseline");
			this.summary.line("target: p99 of \"order under flood\" ≤ 2 × p99 of \"order baseline\"");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not prepare the sign-in flood benchmark", ex);
		}
	}

	@Override
	public void after() {
		this.summary.stockConservation(this.settings.jdbcUrl(), this.fixture.skus(), this.fixture.stockEach());
		this.summary.write();
	}

}
