package app.distribu.catalog.productimport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 rows of about 1 KB each (a ~110 MB file) through a service whose whole JVM has
 * a 160 MB heap (the {@code bounded-memory} surefire run in the pom): a file held in
 * memory would not fit, so passing shows the import streams.
 */
@ServiceTest
@TestPropertySource(properties = "distribu.import.max-file-size=200MB")
@SuppressWarnings("rawtypes")
class ProductImportVolumeTest {

	static final int ROWS = 100_000;

	@LocalServerPort
	int port;

	@Autowired
	DSLContext db;

	@Test
	void importsAHundredThousandRowsWithoutHoldingTheFile() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "products:write");
		Http http = new Http(this.port);
		String description = "Galvanised steel, ".repeat(55);

		Map started = http.raw()
			.post()
			.uri("/api/v1/products/import")
			.headers((h) -> h.setBearerAuth(token))
			.contentType(MediaType.parseMediaType("text/csv"))
			.body((OutputStream out) -> writeRows(out, description))
			.retrieve()
			.body(Map.class);
		ResponseEntity<String> whileRunning = http.page(Http.owner(company),
				"/dashboard/products/import/" + started.get("id"));
		Map job = new ImportClient(http).finished(token, (String) started.get("id"), Duration.ofSeconds(90));

		assertThat(whileRunning.getHeaders().getFirst("Refresh")).isEqualTo("1");
		assertThat(Jsoup.parse(whileRunning.getBody()).select("#progress progress")).hasSize(1);
		assertThat(job).containsEntry("status", "DONE").containsEntry("created", ROWS).containsEntry("rejected", 0);
		assertThat(this.db.fetchCount(PRODUCT, PRODUCT.COMPANY_ID.eq(company))).isEqualTo(ROWS);
		assertThat(Runtime.getRuntime().maxMemory()).isLessThan(200L * 1024 * 1024);
	}

	/** Generates the file while sending it, so the test holds no copy either. */
	private static void writeRows(OutputStream body, String description) throws IOException {
		OutputStream out = new BufferedOutputStream(body, 64 * 1024);
		out.write("sku,name,description,category,price,stock,active\n".getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < ROWS; i++) {
			out.write(("VOL-" + i + ",Bolt " + i + ",\"" + description + "\",Hardware,1.25," + (i % 500) + ",true\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		out.flush();
	}

}
