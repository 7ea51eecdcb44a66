package app.distribu.catalog.productimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep9;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import app.distribu.catalog.db.tables.records.ProductRecord;

import static app.distribu.catalog.db.Tables.PRODUCT;

/**
 * Writes one chunk of checked rows with its results in one transaction. Each row is a
 * single row of one statement, so it lands whole or not at all; should the statement fail
 * anyway, the chunk is retried row by row so one bad row cannot sink the others.
 */
@Component
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
				ChunkResult result = apply(tx.dsl(), companyId, mode, chunk);
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
					apply(tx.dsl(), companyId, mode, List.of(row)), bytesRead));
		}
		catch (DataAccessException ex) {
			log.warn("Import {} line {} could not be saved", jobId, row.line(), ex);
			CsvRow.Rejected rejected = new CsvRow.Rejected(row.line(), row.sku(),
					"This row couldn't be saved. Check its values and import it again.");
			this.db.transaction((tx) -> this.jobs.progress(tx.dsl(), jobId, new ChunkResult(1, 0, 0, List.of(rejected)),
					bytesRead));
		}
	}

	private ChunkResult apply(DSLContext tx, UUID companyId, ImportMode mode, List<CsvRow> chunk) {
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
			List<String> inserted = insert.onConflict(PRODUCT.COMPANY_ID, PRODUCT.SKU)
				.doNothing()
				.returningResult(PRODUCT.SKU)
				.fetch(PRODUCT.SKU);
			created = inserted.size();
			inserted.forEach(valid::remove);
			for (CsvRow.Valid existing : valid.values()) {
				rejections
					.add(new CsvRow.Rejected(existing.line(), existing.sku(), "A product with SKU " + existing.sku()
							+ " already exists. Choose “Update existing products” (upsert) to change it."));
			}
		}
		else {
			// The stock write of an import: upsert sets the stock to the file's value. A
			// stock movement of kind IMPORT belongs here once stock movements exist.
			List<Boolean> wasInserted = insert.onConflict(PRODUCT.COMPANY_ID, PRODUCT.SKU)
				.doUpdate()
				.set(PRODUCT.NAME, DSL.excluded(PRODUCT.NAME))
				.set(PRODUCT.DESCRIPTION, DSL.excluded(PRODUCT.DESCRIPTION))
				.set(PRODUCT.CATEGORY, DSL.excluded(PRODUCT.CATEGORY))
				.set(PRODUCT.PRICE, DSL.excluded(PRODUCT.PRICE))
				.set(PRODUCT.STOCK, DSL.excluded(PRODUCT.STOCK))
				.set(PRODUCT.ACTIVE, DSL.excluded(PRODUCT.ACTIVE))
				.set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
				// xmax is 0 only on a row this statement inserted.
				.returningResult(DSL.field("xmax = 0", SQLDataType.BOOLEAN))
				.fetch(0, Boolean.class);
			created = (int) wasInserted.stream().filter(Boolean::booleanValue).count();
			updated = wasInserted.size() - created;
		}
		rejections.sort((a, b) -> Long.compare(a.line(), b.line()));
		return new ChunkResult(chunk.size(), created, updated, rejections);
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
