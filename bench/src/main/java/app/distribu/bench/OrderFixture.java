package app.distribu.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Three products and a customer created for one run (SKUs carry the run's id), and the
 * body of a three-line API order on them.
 */
record OrderFixture(String run, List<String> skus, String customerId, String orderBody, long stockEach) {

	/**
	 * Creates the fixture and lifts its company's monthly order limit
	 * ({@link OrderLimit}).
	 */
	static OrderFixture prepare(Settings settings, String prefix, long stockEach)
			throws IOException, InterruptedException, SQLException {
		OrderFixture fixture = create(settings.api(), prefix, stockEach);
		OrderLimit.lift(settings.jdbcUrl(), fixture.skus().get(0));
		return fixture;
	}

	private static OrderFixture create(StackApi api, String prefix, long stockEach)
			throws IOException, InterruptedException {
		String run = prefix + "-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
		List<String> skus = new ArrayList<>();
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			String sku = run + "-" + i;
			api.call("POST", "/api/v1/products",
					Map.of("sku", sku, "name", "Bench item " + i, "price", "4.25", "stock", stockEach, "active", true));
			skus.add(sku);
			lines.add(Map.of("sku", sku, "quantity", 1));
		}
		String customerId = api
			.call("POST", "/api/v1/customers",
					Map.of("name", "Bench buyer " + run, "email", run.toLowerCase() + "@example.test", "status",
							"ACTIVE"))
			.path("id")
			.asString();
		return new OrderFixture(run, skus, customerId,
				StackApi.JSON.writeValueAsString(Map.of("customerId", customerId, "lines", lines)), stockEach);
	}

}
