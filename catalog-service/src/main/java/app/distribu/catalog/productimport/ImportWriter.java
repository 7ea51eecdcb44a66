package app.distribu.catalog.productimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Repository;

import app.distribu.catalog.db.tables.records.ProductRecord;
import app.distribu.catalog.stock.MovementKind;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static app.distribu.catalog.db.Tables.STOCK_MOVEMENT;

/**
 * Writes one chunk of checked rows with its results in one transaction. Each row is a
 * single row of one statement, so it lands whole or not at all; should the statement fail
 * anyway, the chunk is retried row by row so one bad row cannot sink the others.
 */
@Repository
class ImportWriter {

	private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

	private final DSLContext db;

	private final ImportJobRepository jobs;

	ImportWriter(DSLContext db, ImportJobRepository jobs) {
		this.db = db;
		this.jobs = jobs;
	}

	void write(UUID companyId, UUID jobId, ImportMode mode, List<CsvRow> chunk, long bytesRead) {
		try {
			this.db.transaction((tx) -> {
				ChunkResult result = apply(tx.dsl(), companyId, jobId, mode, chunk);
				this.jobs.progress(tx.dsl(), jobId, result, bytesRead);
			});
		}
		catch (DataAccessException ex) {
			log.warn("Import {} chunk failed as a whole, writing its rows one by one", jobId, ex);
			for (CsvRow row : chunk) {
				writeAlone(companyId, jobId, mode, row, bytesRead);
			}
		}
	}

	private void writeAlone(UUID companyId, UUID jobId, ImportMode mode, CsvRow row, long bytesRead) {
		try {
			this.db.transaction((tx) -> this.jobs.progress(tx.dsl(), jobId,
					apply(tx.dsl(), companyId, jobId, mode, List.of(row)), bytesRead));
		}
		catch (DataAccessException ex) {
			log.warn("Import {} line {} could not be saved", jobId, row.line(), ex);
			CsvRow.Rejected rejected = new CsvRow.Rejected(row.line(), row.sku(),
					"This row couldn't be saved. Check its values and import it again.");
			this.db.transaction((tx) -> this.jobs.progress(tx.dsl(), jobId, new ChunkResult(1, 0, 0, List.of(rejected)),
					bytesRead));
		}
	}

	private ChunkResult apply(DSLContext tx, UUID companyId, UUID jobId, ImportMode mode, List<CsvRow> chunk) {
		List<CsvRow.Rejected> rejections = new ArrayList<>();
		Map<String, CsvRow.Valid> valid = new HashMap<>();
		for (CsvRow row : chunk) {
			if (row instanceof CsvRow.Valid product) {
				valid.put(product.sku(), product);
			}
			else {
				rejections.add((CsvRow.Rejected) row);
			}
		}
		if (valid.isEmpty()) {
			return new ChunkResult(chunk.size(), 0, 0, rejections);
		}
		// Create-only never touches an existing product, so only upserts need the stock
		// before.
		Map<UUID, Integer> stockBefore = (mode == ImportMode.UPSERT) ? lockExisting(tx, companyId, valid.keySet())
				: Map.of();
		InsertValuesStep9<ProductRecord, UUID, UUID, String, String, String, String, BigDecimal, Integer, Boolean> insert = tx
			.insertInto(PRODUCT, PRODUCT.ID, PRODUCT.COMPANY_ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.DESCRIPTION,
					PRODUCT.CATEGORY, PRODUCT.PRICE, PRODUCT.STOCK, PRODUCT.ACTIVE);
		for (CsvRow.Valid row : valid.values()) {
			insert = insert.values(UUID.randomUUID(), companyId, row.sku(), row.name(), row.description(),
					storedCategory(row), row.price(), importedStock(row), row.active());
		}
		int created = 0;
		int updated = 0;
		if (mode == ImportMode.CREATE_ONLY) {
			List<Written> inserted = insert.onConflict(PRODUCT.COMPANY_ID, PRODUCT.SKU)
				.doNothing()
				.returningResult(PRODUCT.ID, PRODUCT.SKU, PRODUCT.STOCK)
				.fetch((row) -> new Written(row.value1(), row.value2(), row.value3()));
			created = inserted.size();
			inserted.forEach((written) -> valid.remove(written.sku()));
			recordMovements(tx, companyId, jobId, inserted, stockBefore);
			for (CsvRow.Valid existing : valid.values()) {
				rejections
					.add(new CsvRow.Rejected(existing.line(), existing.sku(), "A product with SKU " + existing.sku()
							+ " already exists. Choose “Update existing products” (upsert) to change it."));
			}
		}
		else {
			// The stock write of an import: upsert sets the stock to the file's value,
			// and
			// the difference goes into the product's stock history.
			List<Written> written = insert.onConflict(PRODUCT.COMPANY_ID, PRODUCT.SKU)
				.doUpdate()
				.set(PRODUCT.NAME, DSL.excluded(PRODUCT.NAME))
				.set(PRODUCT.DESCRIPTION, DSL.excluded(PRODUCT.DESCRIPTION))
				.set(PRODUCT.CATEGORY, DSL.excluded(PRODUCT.CATEGORY))
				.set(PRODUCT.PRICE, DSL.excluded(PRODUCT.PRICE))
				.set(PRODUCT.STOCK, DSL.excluded(PRODUCT.STOCK))
				.set(PRODUCT.ACTIVE, DSL.excluded(PRODUCT.ACTIVE))
				.set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
				.returningResult(PRODUCT.ID, PRODUCT.SKU, PRODUCT.STOCK)
				.fetch((row) -> new Written(row.value1(), row.value2(), row.value3()));
			created = (int) written.stream().filter((row) -> !stockBefore.containsKey(row.id())).count();
			updated = written.size() - created;
			recordMovements(tx, companyId, jobId, written, stockBefore);
		}
		rejections.sort((a, b) -> Long.compare(a.line(), b.line()));
		return new ChunkResult(chunk.size(), created, updated, rejections);
	}

	/**
	 * Locks the chunk's existing products (the upsert would lock them anyway) and answers
	 * their stock before the import, by product id.
	 */
	private static Map<UUID, Integer> lockExisting(DSLContext tx, UUID companyId, Collection<String> skus) {
		Map<UUID, Integer> stock = new HashMap<>();
		tx.select(PRODUCT.ID, PRODUCT.STOCK)
			.from(PRODUCT)
			// One array parameter: the (company_id, sku) index answers it, where a list
			// of
			// 500 parameters made PostgreSQL scan the table.
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.SKU.eq(DSL.any(skus.toArray(String[]::new)))))
			.orderBy(PRODUCT.ID)
			.forUpdate()
			.forEach((row) -> stock.put(row.value1(), row.value2()));
		return stock;
	}

	/**
	 * One IMPORT movement per product whose stock the file changed, in one multi-row
	 * insert.
	 */
	private static void recordMovements(DSLContext tx, UUID companyId, UUID jobId, List<Written> written,
			Map<UUID, Integer> stockBefore) {
		var insert = tx.insertInto(STOCK_MOVEMENT, STOCK_MOVEMENT.COMPANY_ID, STOCK_MOVEMENT.PRODUCT_ID,
				STOCK_MOVEMENT.DELTA, STOCK_MOVEMENT.STOCK_AFTER, STOCK_MOVEMENT.KIND, STOCK_MOVEMENT.REASON,
				STOCK_MOVEMENT.ACTOR);
		boolean any = false;
		for (Written row : written) {
			int delta = row.stock() - stockBefore.getOrDefault(row.id(), 0);
			if (delta != 0) {
				insert = insert.values(companyId, row.id(), delta, row.stock(), MovementKind.IMPORT.name(),
						"Products CSV import " + jobId, "CSV import");
				any = true;
			}
		}
		if (any) {
			insert.execute();
		}
	}

	private record Written(UUID id, String sku, int stock) {

	}

	/**
	 * Where the file's category goes: today the product's free-text category. The one
	 * place to rewire when categories become their own table.
	 */
	static String storedCategory(CsvRow.Valid row) {
		return row.category();
	}

	/** The stock the file sets (created products start with it; upsert overwrites it). */
	private static int importedStock(CsvRow.Valid row) {
		return row.stock();
	}

}
