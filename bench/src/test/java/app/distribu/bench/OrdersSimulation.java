package app.distribu.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Order create through the API ({@code POST /api/v1/orders}, three lines on the same
 * three products) at each client count of {@code -Dclients} (1,4,16,32), one level after
 * the other, each a closed loop: every client sends its next order when the last one
 * answered. Before the load, the raw JDBC order transaction at the same client counts,
 * hot and spread; after it, stock conservation. {@link Report} prints the ratios.
 * {@code -Dprofile-clients=16} records JFR on the services while that level is measured.
 */
public class OrdersSimulation extends Simulation {

	private final Settings settings = Settings.fromSystemProperties();

	private final RunSummary summary = new RunSummary("orders");

	private final int profiled = Integer.getInteger("profile-clients", 0);

	private final Profiler profiler = new Profiler(Settings.RESULTS.resolveSibling("jfr"), this.settings.dataDir());

	private volatile OrderFixture fixture;

	{
		HttpProtocolBuilder api = http.baseUrl(this.settings.baseUrl().toString())
			.authorizationHeader("Bearer " + this.settings.apiKey())
			.contentTypeHeader("application/json")
			.acceptHeader("application/json");
		List<PopulationBuilder> levels = new ArrayList<>();
		for (int clients : this.settings.clients()) {
			boolean profile = clients == this.profiled;
			levels.add(scenario("orders, " + clients + " clients").during(this.settings.warmup())
				.on(order("warm-up " + clients))
				.exec((session) -> {
					if (profile) {
						this.profiler.startOnce(this.settings.duration());
					}
					return session;
				})
				.during(this.settings.duration())
				.on(order(request(clients)))
				.exec((session) -> {
					if (profile) {
						this.profiler.finishOnce();
					}
					return session;
				})
				.injectClosed(
						constantConcurrentUsers(clients).during(this.settings.warmup().plus(this.settings.duration())))
				.protocols(api));
		}
		PopulationBuilder chain = levels.get(0);
		for (PopulationBuilder next : levels.subList(1, levels.size())) {
			chain = chain.andThen(next);
		}
		setUp(chain);
	}

	static String request(int clients) {
		return "order " + clients + " clients";
	}

	private ChainBuilder order(String name) {
		return ApiOrder.place(name, () -> this.fixture);
	}

	@Override
	public void before() {
		try {
			this.fixture = OrderFixture.prepare(this.settings, "ORD", 100_000_000);
			this.summary.figure("seconds", this.settings.duration().toSeconds());
			for (Load.Result raw : Ceilings.measure(this.settings.jdbcUrl(), this.settings.clients(),
					this.settings.warmup().dividedBy(2), this.settings.duration().dividedBy(2))) {
				this.summary.line(raw.line());
				String[] formAndClients = raw.name().split(" ");
				this.summary.figure("ceiling." + formAndClients[1] + "." + request(Integer.parseInt(formAndClients[2])),
						raw.perSecond());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not prepare the orders benchmark", ex);
		}
	}

	@Override
	public void after() {
		this.summary.stockConservation(this.settings.jdbcUrl(), this.fixture.skus(), this.fixture.stockEach());
		if (this.profiled > 0) {
			this.summary.line(this.profiler.recorded());
		}
		this.profiler.cpuSeconds()
			.forEach((process, seconds) -> this.summary.figure("cpu." + process + "." + request(this.profiled),
					seconds));
		this.summary.write();
	}

}
