package app.distribu.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The storefront checkout of signed-in buyers, as a browser does it: add three lines to
 * the cart (each POST answered by a redirect to the cart page), open checkout, choose the
 * saved address, place the order (redirect to the order page). {@code -Dclients} buyers
 * (16) in a closed loop, all ordering the same three products. The group "checkout" is
 * the whole flow: its OK count over the measured seconds is checkouts/s. Stock
 * conservation is checked at the end.
 */
public class CheckoutSimulation extends Simulation {

	private static final long STOCK = 1_000_000;

	private final Settings settings = Settings.fromSystemProperties();

	private final RunSummary summary = new RunSummary("checkout");

	private final int buyers = this.settings.clientsOr(16);

	private final AtomicInteger nextBuyer = new AtomicInteger();

	private volatile OrderFixture fixture;

	private volatile List<StoreBuyers.Buyer> signedIn;

	{
		String store = "/store/" + StoreBuyers.SLUG;
		setUp(scenario("checkout").exec((session) -> {
			StoreBuyers.Buyer buyer = this.signedIn.get(this.nextBuyer.getAndIncrement() % this.signedIn.size());
			return session.setAll(Map.of("storeSession", buyer.storeSession(), "xsrf", buyer.xsrf()));
		})
			.exec(addCookie(Cookie("DISTRIBU_STORE_SESSION", "#{storeSession}").withDomain(host()).withPath(store)))
			.exec(addCookie(Cookie("XSRF-TOKEN", "#{xsrf}").withDomain(host()).withPath("/")))
			// Each flow runs to its end (exitASAP false): a cart left half-filled would
			// be
			// ordered with the next flow's lines.
			.during(this.settings.warmup(), false)
			.on(checkout("warm-up", store))
			.during(this.settings.duration(), false)
			.on(checkout("checkout", store))
			.injectClosed(
					constantConcurrentUsers(this.buyers).during(this.settings.warmup().plus(this.settings.duration()))))
			.protocols(http.baseUrl(this.settings.baseUrl().toString()).acceptHeader("text/html"));
	}

	private String host() {
		return this.settings.baseUrl().getHost();
	}

	private ChainBuilder checkout(String name, String store) {
		String step = name.equals("checkout") ? "" : name + ": ";
		return group(name).on(exec(addLine(step, store, 0), addLine(step, store, 1), addLine(step, store, 2),
				exec(http(step + "open checkout").get(store + "/checkout")
					.check(status().is(200))
					.check(css("input[name=shippingAddressId]", "value").saveAs("address"))
					.check(css("input[name=quotedTotal]", "value").saveAs("quotedTotal"))),
				exec(http(step + "place order").post(store + "/checkout")
					.formParam("shippingAddressId", "#{address}")
					.formParam("quotedTotal", "#{quotedTotal}")
					.formParam("_csrf", "#{xsrf}")
					.check(status().is(200))
					.check(currentLocationRegex("/orders/[0-9a-f-]+\\?placed").exists()))));
	}

	private ChainBuilder addLine(String step, String store, int line) {
		return exec(http(step + "add line " + (line + 1)).post(store + "/cart/items")
			.formParam("sku", (session) -> this.fixture.skus().get(line))
			.formParam("quantity", "1")
			.formParam("_csrf", "#{xsrf}")
			.check(status().is(200))
			.check(currentLocationRegex(store + "/cart$").exists()));
	}

	@Override
	public void before() {
		try {
			this.fixture = OrderFixture.prepare(this.settings, "CHK", STOCK);
			this.signedIn = new StoreBuyers(this.settings).create(this.fixture.run(), this.buyers);
			this.summary.figure("seconds", this.settings.duration().toSeconds());
			this.summary.line(this.buyers + " buyers signed in, each ordering the same 3 products (stock " + STOCK
					+ " each); peer: 1.2–2.2 checkouts/s, 35–76 % failed; target ≥ 220 checkouts/s, 0 errors, "
					+ "p95 of the flow ≤ 200 ms");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not prepare the checkout benchmark", ex);
		}
	}

	@Override
	public void after() {
		this.summary.stockConservation(this.settings.jdbcUrl(), this.fixture.skus(), STOCK);
		this.summary.write();
	}

}
