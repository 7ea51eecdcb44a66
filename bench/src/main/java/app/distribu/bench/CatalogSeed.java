package app.distribu.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import tools.jackson.databind.JsonNode;

/**
 * The demo store seeded to 10,000 products ({@code SEED-00001} …) through the products
 * CSV import, once: a later run finds them and imports nothing.
 */
final class CatalogSeed {

	static final int PRODUCTS = 10_000;

	private CatalogSeed() {
	}

	/** Returns what it did, in words. */
	static String ensure(Settings settings) throws IOException, InterruptedException, SQLException {
		int present = count(settings.jdbcUrl());
		if (present >= PRODUCTS) {
			return "catalog seed: " + present + " SEED-* products present, nothing imported";
		}
		StringBuilder csv = new StringBuilder("sku,name,description,category,price,stock,active\n");
		for (int i = 1; i <= PRODUCTS; i++) {
			csv.append(String.format("SEED-%05d,Seeded product %d,Bench catalog item,Bench %d,%d.%02d,%d,true%n", i, i,
					i % 20, 1 + i % 90, i % 100, 100 + i % 400));
		}
		JsonNode job = importCsv(settings.api(), csv.toString(), "upsert");
		return "catalog seed: imported " + job.path("created").asInt() + " products (" + job.path("updated").asInt()
				+ " updated, " + job.path("rejected").asInt() + " rejected)";
	}

	/**
	 * Starts an import and waits for its end (setup: the poll is not what is measured).
	 */
	static JsonNode importCsv(StackApi api, String csv, String mode) throws IOException, InterruptedException {
		HttpResponse<String> started = api.http()
			.send(api.request("/api/v1/products/import?mode=" + mode)
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString(csv))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (started.statusCode() != 202) {
			throw new IllegalStateException("Import answered " + started.statusCode() + ": " + started.body());
		}
		String id = StackApi.JSON.readTree(started.body()).path("id").asString();
		long deadline = System.currentTimeMillis() + 600_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode job = api.call("GET", "/api/v1/products/imports/" + id, null);
			String status = job.path("status").asString();
			if (status.equals("DONE") || status.equals("FAILED")) {
				return job;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Import " + id + " not finished after 10 minutes");
	}

	private static int count(String jdbcUrl) throws SQLException {
		try (Connection db = DriverManager.getConnection(jdbcUrl);
				Statement sql = db.createStatement();
				ResultSet row = sql.executeQuery("select count(*) from catalog.product where sku like 'SEED-%'")) {
			row.next();
			return row.getInt(1);
		}
	}

}
