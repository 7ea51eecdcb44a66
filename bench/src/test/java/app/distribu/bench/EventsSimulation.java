package app.distribu.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Simulation;

/**
 * Event latency: API orders arrive at {@code -Drate} per second (5, open model) for the
 * warm-up and the measured time; {@link EventWatch} times each order's
 * {@code order.created} on Kafka and at {@code -Dendpoints} (10) webhook receivers on
 * 127.0.0.1 (the first one hangs), from the order's {@code createdAt}. Targets: Kafka p99
 * ≤ 250 ms, webhook p99 ≤ 1 s.
 */
public class EventsSimulation extends Simulation {

	private final Settings settings = Settings.fromSystemProperties();

	private final RunSummary summary = new RunSummary("events");

	private volatile OrderFixture fixture;

	private volatile EventWatch watch;

	private volatile long measuredFrom;

	{
		setUp(scenario("orders at a fixed rate").exec(ApiOrder.place("order", () -> this.fixture))
			.injectOpen(constantUsersPerSec(this.settings.rate())
				.during(this.settings.warmup().plus(this.settings.duration()))))
			.protocols(http.baseUrl(this.settings.baseUrl().toString())
				.authorizationHeader("Bearer " + this.settings.apiKey())
				.contentTypeHeader("application/json"));
	}

	@Override
	public void before() {
		try {
			this.fixture = OrderFixture.prepare(this.settings, "EVT", 100_000_000);
			int endpoints = Integer.getInteger("endpoints", 10);
			this.watch = new EventWatch(this.settings.api(), this.settings.kafka(), endpoints);
			this.watch.start();
			this.measuredFrom = System.currentTimeMillis() + this.settings.warmup().toMillis();
			this.summary.figure("seconds", this.settings.warmup().plus(this.settings.duration()).toSeconds());
			this.summary.line(String.format(
					"%.1f orders/s, each to %d webhooks (1 hanging); delays of orders created "
							+ "after the %d s warm-up",
					this.settings.rate(), endpoints, this.settings.warmup().toSeconds()));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not prepare the events benchmark", ex);
		}
	}

	@Override
	public void after() {
		try {
			Thread.sleep(5_000); // the last deliveries of the run
			this.summary.line(this.watch.kafkaDelays(this.measuredFrom)
				.line("order commit → order.created read from Kafka (target p99 ≤ 250 ms)"));
			this.summary.line(this.watch.deliveryDelays(this.measuredFrom)
				.line("order commit → webhook at a healthy receiver (target p99 ≤ 1000 ms)"));
			this.summary.line("attempts at the hanging endpoint: " + this.watch.hangingAttempts());
			this.watch.close();
			this.summary.stockConservation(this.settings.jdbcUrl(), this.fixture.skus(), this.fixture.stockEach());
		}
		catch (Exception ex) {
			this.summary.line("events: not finished (" + ex + ")");
		}
		this.summary.write();
	}

}
