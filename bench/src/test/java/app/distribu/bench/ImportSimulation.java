package app.distribu.bench;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import tools.jackson.databind.JsonNode;

/**
 * The products CSV import of {@code -Drows} (100,000) new products, then the same file
 * again as an upsert. Rows/s from the job's own timestamps ({@code createdAt} to
 * {@code finishedAt}); catalog-service's peak heap from its Prometheus metrics while both
 * run ({@code -Dcatalog-url}, http://localhost:8082).
 */
public class ImportSimulation extends Simulation {

	private final Settings settings = Settings.fromSystemProperties();

	private final RunSummary summary = new RunSummary("import");

	private final int rows = Integer.getInteger("rows", 100_000);

	private volatile byte[] csv;

	private volatile HeapWatch heap;

	{
		setUp(scenario("products CSV import").exec(importFile("create-only"), importFile("upsert"))
			.injectOpen(atOnceUsers(1)))
			.protocols(http.baseUrl(this.settings.baseUrl().toString())
				.authorizationHeader("Bearer " + this.settings.apiKey()));
	}

	/** Uploads the file, then follows the job (one look a second) until it ends. */
	private ChainBuilder importFile(String mode) {
		return exec(http("upload " + mode).post("/api/v1/products/import?mode=" + mode)
			.header("Content-Type", "text/csv")
			.body(ByteArrayBody((session) -> this.csv))
			.check(status().is(202))
			.check(jsonPath("$.id").saveAs("job")))
			.exec((session) -> session.set("status", "QUEUED"))
			.asLongAs((session) -> !session.getString("status").equals("DONE")
					&& !session.getString("status").equals("FAILED"))
			.on(pause(Duration.ofSeconds(1)).exec(http("job status " + mode).get("/api/v1/products/imports/#{job}")
				.check(status().is(200))
				.check(jsonPath("$.status").saveAs("status"))
				.check(bodyString().saveAs("jobJson"))))
			.exec((session) -> {
				this.summary.line(rate(mode, StackApi.JSON.readTree(session.getString("jobJson"))));
				return session;
			});
	}

	private static String rate(String mode, JsonNode job) {
		double seconds = Duration
			.between(OffsetDateTime.parse(job.path("createdAt").asString()),
					OffsetDateTime.parse(job.path("finishedAt").asString()))
			.toMillis() / 1000.0;
		return String.format(
				"import %s: %s, %d rows read in %.1f s = %.0f rows/s (created %d, updated %d, rejected %d)", mode,
				job.path("status").asString(), job.path("rowsRead").asInt(), seconds,
				job.path("rowsRead").asInt() / seconds, job.path("created").asInt(), job.path("updated").asInt(),
				job.path("rejected").asInt());
	}

	@Override
	public void before() {
		String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
		StringBuilder file = new StringBuilder("sku,name,description,category,price,stock,active\n");
		for (int i = 1; i <= this.rows; i++) {
			file.append(String.format(
					"IMP-%s-%06d,Imported product %d,From the import benchmark,Import %d,%d.%02d,%d,true%n", run, i, i,
					i % 50, 1 + i % 200, i % 100, i % 1000));
		}
		this.csv = file.toString().getBytes(StandardCharsets.UTF_8);
		this.summary.line(String.format("file: %,d rows, %.1f MB", this.rows, this.csv.length / 1e6));
		this.heap = new HeapWatch(URI.create(System.getProperty("catalog-url", "http://localhost:8082")));
	}

	@Override
	public void after() {
		this.heap.close();
		this.summary.line(String.format("catalog-service peak heap while importing: %.0f MB (jvm_memory_used_bytes, "
				+ "area=heap, sampled every 200 ms)", this.heap.peakBytes() / 1e6));
		this.summary.write();
	}

}
