package app.distribu.identity.account;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.distribu.identity.Accounts;
import app.distribu.identity.Accounts.SignedUp;
import app.distribu.identity.Browser;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard home composes order's, catalog's and customer's figures, asked at once
 * with the viewer's token (a JDK HTTP server answers as those services document); a part
 * that fails or is slow shows "unavailable" and the rest of the page still comes.
 */
@ServiceTest
class DashboardTest {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	static final Upstreams upstreams = new Upstreams();

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry registry) {
		registry.add("distribu.identity.dashboard.order-url", upstreams::url);
		registry.add("distribu.identity.dashboard.catalog-url", upstreams::url);
		registry.add("distribu.identity.dashboard.customer-url", upstreams::url);
		registry.add("distribu.identity.dashboard.timeout", () -> "3s");
	}

	@AfterAll
	static void stop() {
		upstreams.server.stop(0);
	}

	@LocalServerPort
	int port;

	@BeforeEach
	void allAnswer() {
		upstreams.failing.clear();
		upstreams.slow.clear();
	}

	@Test
	void homeShowsTodaysAndThisMonthsFiguresEachLinkedToItsList() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Acme Supplies", "AcmeSupplies", "olivia@acme.test");
		String token = TestTokens.user(acme.companyId(), acme.userId(), Role.OWNER);

		Browser.Page page = new Browser(this.port).withBearer(token).get("/dashboard");

		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		assertThat(html.select("h1").text()).isEqualTo("Acme Supplies");
		assertThat(html.select("#orders-today .stat").text()).isEqualTo("3");
		assertThat(html.select("#orders-today a").attr("href"))
			.isEqualTo("/dashboard/orders?from=" + TODAY + "&to=" + TODAY);
		assertThat(html.select("#orders-today .sub").text()).isEqualTo("57.50 USD revenue");
		assertThat(html.select("#orders-month .stat").text()).isEqualTo("41");
		assertThat(html.select("#orders-month a").attr("href"))
			.isEqualTo("/dashboard/orders?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY);
		assertThat(html.select("#orders-waiting .stat a").attr("href")).isEqualTo("/dashboard/orders?status=SUBMITTED");
		assertThat(html.select("#orders-waiting .stat").text()).isEqualTo("2");
		assertThat(html.select("#to-ship").text()).isEqualTo("1 to ship");
		assertThat(html.select("#plan-usage .stat").text()).isEqualTo("41 / 100");
		assertThat(html.select("#plan-usage [role=meter]").attr("aria-valuenow")).isEqualTo("41");
		assertThat(html.select("#plan-usage a").attr("href")).isEqualTo("/dashboard/billing");
		assertThat(html.select("#orders-chart rect")).hasSize(30);
		assertThat(html.select("#orders-chart rect.filled")).hasSize(2);
		assertThat(html.select("#orders-chart rect").last().attr("data-day")).isEqualTo(TODAY.getDayOfMonth() + " "
				+ TODAY.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
				+ ": 3 orders, 57.50 USD");
		assertThat(html.select("#low-stock .stat a").attr("href")).isEqualTo("/dashboard/products?stock=low");
		assertThat(html.select("#low-stock .stat").text()).isEqualTo("4");
		assertThat(html.select("#out-of-stock").text()).isEqualTo("1 out of stock");
		assertThat(html.select("#low-stock li").first().text()).isEqualTo("Desk lamp 0 left · threshold 5");
		assertThat(html.select("#registrations .stat a").attr("href")).isEqualTo("/dashboard/customers?status=PENDING");
		assertThat(html.select("#registrations li a").attr("href"))
			.isEqualTo("/dashboard/customers/6b1fa4a6-8a5c-4a54-8d57-5f7b7d3c2d11");
		assertThat(html.select("#store-slug").text()).isEqualTo("AcmeSupplies");
		assertThat(html.select("#store-url").attr("href")).isEqualTo("http://localhost:8080/store/AcmeSupplies");
		assertThat(html.select("#copy-store-url").attr("data-url"))
			.isEqualTo("http://localhost:8080/store/AcmeSupplies");
		assertThat(upstreams.seen).contains("/internal/dashboard/orders?currency=USD Bearer " + token,
				"/internal/dashboard/stock Bearer " + token, "/internal/dashboard/customers Bearer " + token);

		Document member = new Browser(this.port)
			.withBearer(TestTokens.user(acme.companyId(), acme.userId(), Role.MEMBER))
			.get("/dashboard")
			.html();
		assertThat(member.select("#plan-usage .stat").text()).as("members see usage").isEqualTo("41 / 100");
		assertThat(member.select("#plan-usage a")).as("but billing is the owner's").isEmpty();
	}

	@Test
	void aFailingOrSlowServiceLeavesOnlyItsCardUnavailable() throws Exception {
		SignedUp acme = Accounts.signUp(this.port, "Slow Goods", "SlowGoods", "sam@slow.test");
		upstreams.failing.add("/internal/dashboard/stock");
		upstreams.slow.add("/internal/dashboard/orders");
		long started = System.nanoTime();

		Browser.Page page = new Browser(this.port)
			.withBearer(TestTokens.user(acme.companyId(), acme.userId(), Role.OWNER))
			.get("/dashboard");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("asked at once, each bounded by the timeout")
			.isLessThan(Duration.ofSeconds(8));
		assertThat(page.status()).isEqualTo(200);
		Document html = page.html();
		assertThat(html.select("#orders-unavailable").text()).contains("Order figures are unavailable right now.");
		assertThat(html.select("#orders-chart")).isEmpty();
		assertThat(html.select("#low-stock .unavailable").text()).contains("Stock figures are unavailable right now.");
		assertThat(html.select("#registrations .stat").text()).isEqualTo("2");
		assertThat(html.select("#store-url").attr("href")).isEqualTo("http://localhost:8080/store/SlowGoods");
	}

	/** order, catalog and customer at one address, in their documented shapes. */
	static final class Upstreams {

		final HttpServer server;

		final List<String> seen = new CopyOnWriteArrayList<>();

		final List<String> failing = new CopyOnWriteArrayList<>();

		final List<String> slow = new CopyOnWriteArrayList<>();

		final Map<String, String> bodies = new ConcurrentHashMap<>();

		Upstreams() {
			String days = IntStream.range(0, 30).mapToObj((i) -> {
				LocalDate date = TODAY.minusDays(29 - i);
				int orders = (i == 29) ? 3 : (i == 10) ? 5 : 0;
				return "{\"date\":\"" + date + "\",\"orders\":" + orders + ",\"revenue\":\""
						+ ((i == 29) ? "57.50" : "0.00") + "\"}";
			}).collect(Collectors.joining(","));
			this.bodies.put("/internal/dashboard/orders", "{\"currency\":\"USD\",\"today\":{\"orders\":3,\"revenue\":"
					+ "\"57.50\"},\"month\":{\"orders\":41,\"revenue\":\"1210.00\"},\"days\":[" + days + "],"
					+ "\"submitted\":2,\"confirmed\":1,\"quota\":{\"month\":\"2026-12\",\"used\":41,\"limit\":100,"
					+ "\"plan\":\"STARTER\"}}");
			this.bodies.put("/internal/dashboard/stock", "{\"lowStock\":4,\"outOfStock\":1,\"products\":[{\"id\":"
					+ "\"0c6e1f0a-3b9e-4d1e-9a43-1f0e9b0e2b11\",\"sku\":\"LAMP-1\",\"name\":\"Desk lamp\",\"stock\":0,"
					+ "\"threshold\":5}]}");
			this.bodies.put("/internal/dashboard/customers",
					"{\"pending\":2,\"waiting\":[{\"id\":"
							+ "\"6b1fa4a6-8a5c-4a54-8d57-5f7b7d3c2d11\",\"name\":\"Corner Deli\",\"registeredAt\":"
							+ "\"2026-12-01T10:00:00Z\"}]}");
			try {
				this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
			this.server.createContext("/internal/dashboard/", this::answer);
			this.server.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		private void answer(HttpExchange exchange) throws IOException {
			String path = exchange.getRequestURI().getPath();
			this.seen.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
			if (this.slow.contains(path)) {
				try {
					// A service that hangs: longer than the page's timeout.
					Thread.sleep(10_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			boolean fail = this.failing.contains(path);
			byte[] body = (fail ? "{\"title\":\"boom\"}" : this.bodies.get(path)).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			catch (IOException ex) {
				// The page stopped waiting: nothing to answer to.
			}
		}

	}

}
