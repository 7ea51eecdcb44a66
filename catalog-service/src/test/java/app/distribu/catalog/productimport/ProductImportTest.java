package app.distribu.catalog.productimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static app.distribu.catalog.db.Tables.IMPORT_JOB;
import static app.distribu.catalog.db.Tables.PRODUCT;
import static app.distribu.catalog.db.Tables.STOCK_MOVEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ServiceTest
@SuppressWarnings({ "rawtypes", "unchecked" })
class ProductImportTest {

	static final String HEADER = "sku,name,description,category,price,stock,active\n";

	@LocalServerPort
	int port;

	Http http;

	ImportClient imports;

	@Autowired
	ImportJobRepository jobs;

	@Autowired
	AbandonedImports abandoned;

	@Autowired
	DSLContext db;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
		this.imports = new ImportClient(this.http);
	}

	static String writer(UUID company) {
		return TestTokens.apiKey(company, "products:read", "products:write");
	}

	Map<String, Map> products(UUID company) {
		List<Map> data = (List<Map>) this.http
			.get(TestTokens.apiKey(company, "products:read"), "/api/v1/products?limit=100")
			.getBody()
			.get("data");
		Map<String, Map> bySku = new LinkedHashMap<>();
		data.forEach((p) -> bySku.put((String) p.get("sku"), p));
		return bySku;
	}

	static List<Map> rejections(Map job) {
		return (List<Map>) job.get("rejections");
	}

	@Test
	void importsTheGoodRowsAndRejectsEachBadRowWithItsLineAndReason() {
		UUID company = UUID.randomUUID();
		this.http.post(writer(company), "/api/v1/products", Http.product("OLD-1", "1.00", 1));

		Map job = this.imports.run(writer(company), null,
				HEADER + "WDG-001,Widget,A widget,Tools,12.5,10,true\n" + "BAD-PRICE,Gadget,,Tools,12;50,1,true\n"
						+ "NEG-STOCK,Gadget,,Tools,1.00,-3,true\n" + "NO-NAME, ,,Tools,1.00,3,true\n"
						+ "WDG-001 ,Widget again,,Tools,1.00,3,true\n" + "wdg-001,Lower-case widget,,,0,0,false\n"
						+ "OLD-1,Exists already,,,1.00,1,\n" + "  TRIM-1  ,Trimmed,,,2.00,4,\n"
						+ "YES-1,Guessed,,,1.00,1,yes\n" + "SHORT-1,Short,1.00\n");

		assertThat(job).containsEntry("status", "DONE")
			.containsEntry("mode", "create-only")
			.containsEntry("created", 3)
			.containsEntry("updated", 0)
			.containsEntry("rejected", 7)
			.containsEntry("rowsRead", 10);
		assertThat(rejections(job)).extracting((r) -> r.get("line"), (r) -> r.get("sku"), (r) -> r.get("reason"))
			.containsExactly(tuple(3, "BAD-PRICE",
					"Price \"12;50\" isn't a price like 12.50 (a dot for decimals, at most 2, no currency sign or thousands separator)."),
					tuple(4, "NEG-STOCK", "Stock must be 0 or more."), tuple(5, "NO-NAME", "Name is required."),
					tuple(6, "WDG-001", "SKU WDG-001 is already on line 2 of this file."),
					tuple(8, "OLD-1",
							"A product with SKU OLD-1 already exists. Choose “Update existing products” (upsert) to change it."),
					tuple(10, "YES-1", "Active must be true or false, not \"yes\"."), tuple(11, "SHORT-1",
							"Expected 7 values but found 3. Put fields that contain commas or line breaks in double quotes."));
		Map<String, Map> products = products(company);
		assertThat(products).containsOnlyKeys("OLD-1", "WDG-001", "wdg-001", "TRIM-1");
		assertThat(products.get("WDG-001")).containsEntry("name", "Widget")
			.containsEntry("description", "A widget")
			.containsEntry("category", "Tools")
			.containsEntry("price", "12.50")
			.containsEntry("stock", 10)
			.containsEntry("active", true);
		assertThat(products.get("wdg-001")).containsEntry("active", false).containsEntry("category", null);
		assertThat(products.get("OLD-1")).containsEntry("name", "Product OLD-1");
	}

	@Test
	void readsUtf8WithAByteOrderMarkAndQuotedFieldsWithCommasAndLineBreaks() throws Exception {
		UUID company = UUID.randomUUID();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		file.write(("SKU,Name,Description,Category,Price,Stock,Active\r\n"
				+ "Q-1,\"Bolts, zinc\",\"Line one\r\nline two, with \"\"quotes\"\"\",Hardware,3.10,7,TRUE\r\n"
				+ "Q-2,Crème brûlée torch,,Küche,-1,1,true\r\n" + "\r\n" + "Q-3,Ünïcödé,,,4,2,False\r\n")
			.getBytes(StandardCharsets.UTF_8));

		Map job = this.imports.run(writer(company), null, file.toByteArray());

		assertThat(job).containsEntry("created", 2).containsEntry("rejected", 1);
		assertThat(rejections(job)).extracting((r) -> r.get("line")).containsExactly(4);
		Map<String, Map> products = products(company);
		assertThat(products.get("Q-1")).containsEntry("name", "Bolts, zinc")
			.containsEntry("description", "Line one\r\nline two, with \"quotes\"")
			.containsEntry("active", true);
		assertThat(products.get("Q-3")).containsEntry("name", "Ünïcödé")
			.containsEntry("price", "4.00")
			.containsEntry("active", false);
	}

	@Test
	void upsertUpdatesExistingSkusWhereCreateOnlyRejectsThem() {
		UUID company = UUID.randomUUID();
		this.imports.run(writer(company), null, HEADER + "UP-1,First,,Tools,1.00,1,true\n");

		Map createOnly = this.imports.run(writer(company), "create-only",
				HEADER + "UP-1,Second,,Tools,2.00,2,true\nUP-2,New,,,1,1,\n");
		Map upsert = this.imports.run(writer(company), "upsert",
				HEADER + "UP-1,Third,Now described,Paint,3.00,30,false\nUP-3,Newer,,,1,1,\n");

		assertThat(createOnly).containsEntry("created", 1).containsEntry("updated", 0).containsEntry("rejected", 1);
		assertThat(upsert).containsEntry("mode", "upsert")
			.containsEntry("created", 1)
			.containsEntry("updated", 1)
			.containsEntry("rejected", 0);
		assertThat(products(company).get("UP-1")).containsEntry("name", "Third")
			.containsEntry("description", "Now described")
			.containsEntry("category", "Paint")
			.containsEntry("price", "3.00")
			.containsEntry("stock", 30)
			.containsEntry("active", false);
		assertThat(this.db.select(STOCK_MOVEMENT.DELTA, STOCK_MOVEMENT.STOCK_AFTER, STOCK_MOVEMENT.KIND)
			.from(STOCK_MOVEMENT)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(STOCK_MOVEMENT.PRODUCT_ID))
			.where(PRODUCT.COMPANY_ID.eq(company).and(PRODUCT.SKU.eq("UP-1")))
			.orderBy(STOCK_MOVEMENT.ID)
			.fetch()
			.map((row) -> tuple(row.value1(), row.value2(), row.value3())))
			.as("the stock history: opened with 1, then set to 30 by the upsert")
			.containsExactly(tuple(1, 1, "IMPORT"), tuple(29, 30, "IMPORT"));
	}

	@Test
	void refusesAWholeFileThatIsNotUtf8CsvWithTheRightHeaderWritingNothing() {
		UUID company = UUID.randomUUID();

		Map semicolons = this.imports.run(writer(company), null,
				"sku;name;description;category;price;stock;active\n" + "S-1;Semi;;;1,00;1;true\n");
		Map unknownColumn = this.imports.run(writer(company), null,
				"sku,name,colour,category,price,stock,active\nC-1,Col,red,,1,1,\n");
		Map latin1 = this.imports.run(writer(company), null,
				(HEADER + "L-1,Good,,,1,1,\nL-2,Cr\u00e8me,,,1,1,\n").getBytes(StandardCharsets.ISO_8859_1));
		Map brokenQuote = this.imports.run(writer(company), null, HEADER + "B-1,Fine,,,1,1,\nB-2,\"Broken\"x,,,1,1,\n");
		Map empty = this.imports.run(writer(company), null, "");

		assertThat(semicolons).containsEntry("status", "FAILED");
		assertThat((String) semicolons.get("failure")).contains("semicolons", "CSV UTF-8 (Comma delimited)");
		assertThat((String) unknownColumn.get("failure")).contains("Missing: description.", "Unknown: \"colour\".");
		assertThat((String) latin1.get("failure")).contains("isn't UTF-8 text", "nothing was imported");
		assertThat((String) brokenQuote.get("failure"))
			.isEqualTo("Line 3 has text right after a closing double quote. Put a comma straight after the closing "
					+ "quote, or write a quote inside a value as two (\"\"). Nothing was imported.");
		assertThat((String) empty.get("failure")).contains("The file is empty.");
		assertThat(products(company)).isEmpty();
	}

	@Test
	void anotherCompanyCannotSeeTheJobOrItsReport() {
		UUID companyA = UUID.randomUUID();
		Map job = this.imports.run(writer(companyA), null, HEADER + "SEC-1,Secret,,,1,1,\nSEC-2,,,,1,1,\n");
		String other = writer(UUID.randomUUID());
		String id = (String) job.get("id");

		ResponseEntity<Map> read = this.http.get(other, "/api/v1/products/imports/" + id);
		ResponseEntity<String> report = this.http.raw()
			.get()
			.uri("/api/v1/products/imports/" + id + "/rejections.csv")
			.headers((h) -> h.setBearerAuth(other))
			.retrieve()
			.toEntity(String.class);
		ResponseEntity<String> page = this.http.page(Http.owner(UUID.randomUUID()), "/dashboard/products/import/" + id);

		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(report.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.get(writer(companyA), "/api/v1/products/imports/" + id).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void theReportListsEveryRejectedRowAsCsv() {
		UUID company = UUID.randomUUID();
		String token = writer(company);
		Map job = this.imports.run(token, null, HEADER + "R-1,,,,1,1,\nR-2,Ok,,,1,1,\n\"R,3\",Quoted,,,x,1,\n");

		String report = this.http.raw()
			.get()
			.uri("/api/v1/products/imports/" + job.get("id") + "/rejections.csv")
			.headers((h) -> h.setBearerAuth(token))
			.retrieve()
			.body(String.class);

		assertThat(report).isEqualTo("\uFEFFline,sku,reason\r\n2,R-1,Name is required.\r\n"
				+ "4,\"R,3\",\"Price \"\"x\"\" isn't a price like 12.50 (a dot for decimals, at most 2, no currency sign or thousands separator).\"\r\n");
	}

	@Test
	void aJobThatStoppedMovingIsFailedWithAReason() {
		UUID company = UUID.randomUUID();
		UUID stalled = UUID.randomUUID();
		UUID moving = UUID.randomUUID();
		this.jobs.insert(company, stalled, ImportMode.UPSERT, "lost.csv", 100);
		this.jobs.insert(company, moving, ImportMode.UPSERT, "busy.csv", 100);
		this.jobs.running(stalled);
		this.jobs.running(moving);
		this.db.update(IMPORT_JOB)
			.set(IMPORT_JOB.TOUCHED_AT, OffsetDateTime.now().minusMinutes(11))
			.where(IMPORT_JOB.ID.eq(stalled))
			.execute();

		this.abandoned.failAbandoned();

		Map lost = this.http.get(writer(company), "/api/v1/products/imports/" + stalled).getBody();
		assertThat(lost).containsEntry("status", "FAILED").containsEntry("failure", AbandonedImports.REASON);
		assertThat(this.http.get(writer(company), "/api/v1/products/imports/" + moving).getBody())
			.containsEntry("status", "RUNNING");
	}

	@Test
	void aCompanyWithEnoughImportsWaitingGetsA429WhileOthersImportOn() {
		UUID company = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			// Waiting on this replica or another: they count the same.
			this.jobs.insert(company, UUID.randomUUID(), ImportMode.CREATE_ONLY, "waiting-" + i + ".csv", 10);
		}

		ResponseEntity<Map> refused = this.imports.start(writer(company), null,
				(HEADER + "NEW-1,New,,,1.00,1,true\n").getBytes(StandardCharsets.UTF_8));

		assertThat(refused.getStatusCode().value()).isEqualTo(429);
		assertThat(refused.getBody()).containsEntry("title", "Too many imports")
			.containsEntry("detail",
					"You already have 3 imports waiting or running. Wait until one has finished, then import this file.");
		assertThat(this.jobs.unfinished(company)).isEqualTo(3);
		assertThat(this.imports.start(writer(UUID.randomUUID()), null, HEADER.getBytes(StandardCharsets.UTF_8))
			.getStatusCode()
			.value()).isEqualTo(202);
	}

	@Test
	void parallelUploadsCannotBothTakeTheLastPlace() throws Exception {
		UUID company = UUID.randomUUID();
		this.jobs.insert(company, UUID.randomUUID(), ImportMode.CREATE_ONLY, "waiting-1.csv", 10);
		this.jobs.insert(company, UUID.randomUUID(), ImportMode.CREATE_ONLY, "waiting-2.csv", 10);
		ExecutorService uploads = Executors.newFixedThreadPool(6);
		try {
			List<Future<Boolean>> taken = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				taken.add(uploads.submit(() -> this.jobs.insertWithinLimit(company, UUID.randomUUID(),
						ImportMode.CREATE_ONLY, "parallel.csv", 10, 3)));
			}
			int accepted = 0;
			for (Future<Boolean> place : taken) {
				accepted += place.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(accepted).isEqualTo(1);
			assertThat(this.jobs.unfinished(company)).isEqualTo(3);
		}
		finally {
			uploads.shutdownNow();
		}
	}

	@Test
	void refusesAnUnknownModeAndKeysWithoutTheWriteScope() {
		UUID company = UUID.randomUUID();
		byte[] csv = (HEADER + "M-1,Mode,,,1,1,\n").getBytes(StandardCharsets.UTF_8);

		ResponseEntity<Map> badMode = this.imports.start(writer(company), "merge", csv);
		ResponseEntity<Map> readOnly = this.imports.start(TestTokens.apiKey(company, "products:read"), null, csv);

		assertThat(badMode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badMode.getBody()).containsEntry("detail",
				"Unknown mode \"merge\": use create-only (the default) or upsert.");
		assertThat(readOnly.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(products(company)).isEmpty();
	}

}
