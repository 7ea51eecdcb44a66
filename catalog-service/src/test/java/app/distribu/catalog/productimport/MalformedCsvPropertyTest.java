package app.distribu.catalog.productimport;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

import app.distribu.catalog.db.tables.records.ProductRecord;
import app.distribu.platform.test.SharedPostgres;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws generated, often malformed CSV at the real importer and a real PostgreSQL (no
 * Spring context needed) and checks that nothing is ever half written: the importer never
 * throws, a refused file writes nothing, and every stored product equals one record of
 * the file field by field.
 */
class MalformedCsvPropertyTest {

	static DSLContext db;

	static ImportRunner runner;

	static ImportJobRepository jobs;

	@BeforeContainer
	static void database() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(SharedPostgres.newDatabase());
		dataSource.setUser("postgres");
		dataSource.setPassword("postgres");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/platform")
			.load()
			.migrate();
		db = DSL.using(dataSource, SQLDialect.POSTGRES);
		jobs = new ImportJobRepository(db);
		runner = new ImportRunner(jobs, new ImportWriter(db, jobs));
	}

	@Property(tries = 150)
	void aMalformedFileIsNeverHalfWritten(@ForAll("files") String csv, @ForAll boolean byteOrderMark,
			@ForAll ImportMode mode) throws IOException {
		UUID company = UUID.randomUUID();
		UUID jobId = UUID.randomUUID();
		Path file = Files.createTempFile("property-import-", ".csv");
		Files.writeString(file, (byteOrderMark ? "\uFEFF" : "") + csv, StandardCharsets.UTF_8);
		jobs.insert(company, jobId, mode, "fuzz.csv", Files.size(file));

		runner.run(company, jobId, mode, file);

		ImportJob job = jobs.find(company, jobId).orElseThrow();
		List<ProductRecord> stored = db.selectFrom(PRODUCT).where(PRODUCT.COMPANY_ID.eq(company)).fetch();
		Statistics.collect(job.status(), stored.isEmpty() ? "nothing stored" : "products stored");
		assertThat(job.finished()).isTrue();
		assertThat(Files.exists(file)).isFalse();
		if (job.status() == ImportJob.Status.FAILED) {
			assertThat(job.failure()).doesNotContain("unexpectedly");
			assertThat(stored).isEmpty();
			return;
		}
		assertThat(job.created() + job.rejected()).isEqualTo(job.rowsRead());
		assertThat(stored).hasSize(job.created());
		List<List<String>> records = records(csv);
		for (ProductRecord product : stored) {
			assertThat(records).as("a record of the file equal to %s", product).anyMatch((r) -> sameAs(r, product));
		}
	}

	@Provide
	Arbitrary<String> files() {
		Arbitrary<String> header = Arbitraries.of("sku,name,description,category,price,stock,active",
				"SKU, Name ,Description,Category,Price,Stock,Active",
				"price,stock,active,sku,name,description,category", "sku;name;description;category;price;stock;active",
				"sku,name,price,stock", "", "\"sku\",name,\"desc");
		Arbitrary<String> field = Arbitraries.oneOf(
				Arbitraries.of("", " ", "A-1", "A-1 ", "a-1", "B-2", "Widget", "12.50", "-1", "1e3", "12,50", "0", "7",
						"-3", "2.5", "999999999999", "true", "FALSE", "maybe", "\"", "\"\"", "\"quoted, comma\"",
						"\"broken", "x\"y", "\"a\"\"b\"", "\0", "é", "\r", "\n", "\"multi\nline\""),
				Arbitraries.strings().ofMaxLength(12));
		Arbitrary<String> chaotic = field.list().ofMinSize(0).ofMaxSize(9).map((fields) -> String.join(",", fields));
		Arbitrary<String> row = Arbitraries.frequencyOf(Tuple.of(3, nearlyValidRow()), Tuple.of(1, chaotic));
		Arbitrary<String> ending = Arbitraries.of("\n", "\r\n", "\r");
		return Combinators.combine(header, row.list().ofMaxSize(12), ending)
			.as((first, rows, newline) -> first + newline + String.join(newline, rows));
	}

	/** Rows in the spec's column order whose values are mostly, but not always, good. */
	private static Arbitrary<String> nearlyValidRow() {
		Arbitrary<String> sku = Arbitraries.oneOf(Arbitraries.of("A-1", "A-1 ", " a-1", "B-2", "\"C,3\"", ""),
				Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8));
		Arbitrary<String> name = Arbitraries.of("Widget", "\"Bolts, zinc\"", "\"Line\nbreak\"", "", " ", "Ünïcödé");
		Arbitrary<String> description = Arbitraries.of("", "Plain", "\"Said \"\"hi\"\"\"", "\"a\r\nb\"");
		Arbitrary<String> category = Arbitraries.of("", "Tools", " Paint ");
		Arbitrary<String> price = Arbitraries.of("12.50", "0", "1", " 3.1 ", "-1", "12,50", "x", "1.234", "");
		Arbitrary<String> stock = Arbitraries.of("7", "0", "25", "-3", "2.5", "", "1000000000");
		Arbitrary<String> active = Arbitraries.of("", "true", "FALSE", "yes", "0", "maybe");
		return Combinators.combine(sku, name, description, category, price, stock, active)
			.as((a, b, c, d, e, f, g) -> String.join(",", a, b, c, d, e, f, g));
	}

	/**
	 * The file's records as an independent reader sees them, columns in spec order,
	 * trimmed.
	 */
	private static List<List<String>> records(String csv) throws IOException {
		List<List<String>> result = new ArrayList<>();
		List<CSVRecord> all = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		List<String> names = all.get(0).stream().map((n) -> n.trim().toLowerCase(Locale.ROOT)).toList();
		for (CSVRecord record : all.subList(1, all.size())) {
			List<String> row = new ArrayList<>();
			for (Column column : Column.values()) {
				int at = names.indexOf(column.header());
				row.add((at < record.size()) ? record.get(at).trim() : "");
			}
			result.add(row);
		}
		return result;
	}

	private static boolean sameAs(List<String> record, ProductRecord product) {
		return record.get(0).equals(product.getSku()) && record.get(1).equals(product.getName())
				&& record.get(2).equals(nullToEmpty(product.getDescription()))
				&& record.get(3).equals(nullToEmpty(product.getCategory()))
				&& numberEquals(record.get(4), product.getPrice())
				&& numberEquals(record.get(5), BigDecimal.valueOf(product.getStock()))
				&& List.of("", "true").contains(record.get(6).toLowerCase(Locale.ROOT)) == product.getActive();
	}

	/**
	 * A rejected twin of a stored row may carry any text here; it simply does not match.
	 */
	private static boolean numberEquals(String text, BigDecimal stored) {
		try {
			return new BigDecimal(text).compareTo(stored) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
