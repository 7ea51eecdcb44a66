package app.distribu.catalog.productimport;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.catalog.productimport.ImportJob.Status;

import static app.distribu.catalog.db.Tables.IMPORT_JOB;
import static app.distribu.catalog.db.Tables.IMPORT_REJECTION;

/** Import jobs and their rejected rows; every read is filtered by the company. */
@Repository
class ImportJobRepository {

	private final DSLContext db;

	ImportJobRepository(DSLContext db) {
		this.db = db;
	}

	void insert(UUID companyId, UUID id, ImportMode mode, String fileName, long bytesTotal) {
		insert(this.db, companyId, id, mode, fileName, bytesTotal);
	}

	/**
	 * Inserts the QUEUED job unless the company already has {@code limit} jobs waiting or
	 * running (on any replica). The count and the insert run under a lock per company, so
	 * parallel uploads cannot both take the last place.
	 */
	boolean insertWithinLimit(UUID companyId, UUID id, ImportMode mode, String fileName, long bytesTotal, int limit) {
		return this.db.transactionResult((configuration) -> {
			DSLContext tx = configuration.dsl();
			tx.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class,
					DSL.val("product-import:" + companyId)))
				.fetch();
			if (unfinished(tx, companyId) >= limit) {
				return false;
			}
			insert(tx, companyId, id, mode, fileName, bytesTotal);
			return true;
		});
	}

	/** Jobs of the company still waiting or running. */
	int unfinished(UUID companyId) {
		return unfinished(this.db, companyId);
	}

	private static int unfinished(DSLContext db, UUID companyId) {
		return db.fetchCount(IMPORT_JOB, IMPORT_JOB.COMPANY_ID.eq(companyId)
			.and(IMPORT_JOB.STATUS.in(Status.QUEUED.name(), Status.RUNNING.name())));
	}

	private static void insert(DSLContext db, UUID companyId, UUID id, ImportMode mode, String fileName,
			long bytesTotal) {
		db.insertInto(IMPORT_JOB)
			.set(IMPORT_JOB.ID, id)
			.set(IMPORT_JOB.COMPANY_ID, companyId)
			.set(IMPORT_JOB.MODE, mode.name())
			.set(IMPORT_JOB.STATUS, Status.QUEUED.name())
			.set(IMPORT_JOB.FILE_NAME, storable(fileName))
			.set(IMPORT_JOB.BYTES_TOTAL, bytesTotal)
			.execute();
	}

	Optional<ImportJob> find(UUID companyId, UUID id) {
		return this.db.selectFrom(IMPORT_JOB)
			.where(IMPORT_JOB.COMPANY_ID.eq(companyId).and(IMPORT_JOB.ID.eq(id)))
			.fetchOptional(ImportJobRepository::toJob);
	}

	List<ImportJob> recent(UUID companyId, int limit) {
		return this.db.selectFrom(IMPORT_JOB)
			.where(IMPORT_JOB.COMPANY_ID.eq(companyId))
			.orderBy(IMPORT_JOB.CREATED_AT.desc())
			.limit(limit)
			.fetch(ImportJobRepository::toJob);
	}

	void running(UUID id) {
		this.db.update(IMPORT_JOB)
			.set(IMPORT_JOB.STATUS, Status.RUNNING.name())
			.set(IMPORT_JOB.TOUCHED_AT, OffsetDateTime.now())
			.where(IMPORT_JOB.ID.eq(id))
			.execute();
	}

	/** Adds a chunk's results; runs in the chunk's transaction. */
	void progress(DSLContext tx, UUID id, ChunkResult result, long bytesRead) {
		tx.update(IMPORT_JOB)
			.set(IMPORT_JOB.ROWS_READ, IMPORT_JOB.ROWS_READ.plus(result.rows()))
			.set(IMPORT_JOB.CREATED, IMPORT_JOB.CREATED.plus(result.created()))
			.set(IMPORT_JOB.UPDATED, IMPORT_JOB.UPDATED.plus(result.updated()))
			.set(IMPORT_JOB.REJECTED, IMPORT_JOB.REJECTED.plus(result.rejections().size()))
			.set(IMPORT_JOB.BYTES_READ, bytesRead)
			.set(IMPORT_JOB.TOUCHED_AT, OffsetDateTime.now())
			.where(IMPORT_JOB.ID.eq(id))
			.execute();
		if (!result.rejections().isEmpty()) {
			var insert = tx.insertInto(IMPORT_REJECTION, IMPORT_REJECTION.JOB_ID, IMPORT_REJECTION.LINE,
					IMPORT_REJECTION.SKU, IMPORT_REJECTION.REASON);
			for (CsvRow.Rejected rejected : result.rejections()) {
				insert = insert.values(id, rejected.line(), storable(rejected.sku()), storable(rejected.reason()));
			}
			insert.execute();
		}
	}

	void done(UUID id) {
		finish(id, Status.DONE, null);
	}

	void failed(UUID id, String reason) {
		finish(id, Status.FAILED, reason);
	}

	/**
	 * Fails jobs whose replica is gone: running but silent since {@code silentSince}, or
	 * still queued since {@code queuedSince}. Returns how many.
	 */
	int failAbandoned(OffsetDateTime silentSince, OffsetDateTime queuedSince, String reason) {
		return this.db.update(IMPORT_JOB)
			.set(IMPORT_JOB.STATUS, Status.FAILED.name())
			.set(IMPORT_JOB.FAILURE, reason)
			.set(IMPORT_JOB.FINISHED_AT, OffsetDateTime.now())
			.where(IMPORT_JOB.STATUS.eq(Status.RUNNING.name()).and(IMPORT_JOB.TOUCHED_AT.lt(silentSince)))
			.or(IMPORT_JOB.STATUS.eq(Status.QUEUED.name()).and(IMPORT_JOB.CREATED_AT.lt(queuedSince)))
			.execute();
	}

	List<CsvRow.Rejected> rejections(UUID companyId, UUID jobId, int limit) {
		return this.db.select(IMPORT_REJECTION.LINE, IMPORT_REJECTION.SKU, IMPORT_REJECTION.REASON)
			.from(IMPORT_REJECTION)
			.join(IMPORT_JOB)
			.on(IMPORT_JOB.ID.eq(IMPORT_REJECTION.JOB_ID))
			.where(IMPORT_JOB.COMPANY_ID.eq(companyId).and(IMPORT_JOB.ID.eq(jobId)))
			.orderBy(IMPORT_REJECTION.LINE)
			.limit(limit)
			.fetch((row) -> new CsvRow.Rejected(row.value1(), row.value2(), row.value3()));
	}

	/**
	 * Streams every rejection in line order without holding them all; needs a
	 * transaction.
	 */
	void eachRejection(UUID companyId, UUID jobId, Consumer<CsvRow.Rejected> consumer) {
		try (Stream<? extends Record> rows = this.db
			.select(IMPORT_REJECTION.LINE, IMPORT_REJECTION.SKU, IMPORT_REJECTION.REASON)
			.from(IMPORT_REJECTION)
			.join(IMPORT_JOB)
			.on(IMPORT_JOB.ID.eq(IMPORT_REJECTION.JOB_ID))
			.where(IMPORT_JOB.COMPANY_ID.eq(companyId).and(IMPORT_JOB.ID.eq(jobId)))
			.orderBy(IMPORT_REJECTION.LINE)
			.fetchSize(500)
			.fetchStream()) {
			rows.forEach((row) -> consumer.accept(new CsvRow.Rejected(row.get(IMPORT_REJECTION.LINE),
					row.get(IMPORT_REJECTION.SKU), row.get(IMPORT_REJECTION.REASON))));
		}
	}

	private void finish(UUID id, Status status, String failure) {
		this.db.update(IMPORT_JOB)
			.set(IMPORT_JOB.STATUS, status.name())
			.set(IMPORT_JOB.FAILURE, storable(failure))
			.set(IMPORT_JOB.FINISHED_AT, OffsetDateTime.now())
			.where(IMPORT_JOB.ID.eq(id))
			.execute();
	}

	/** PostgreSQL text can't hold NUL; a file's SKU or header may contain one. */
	private static String storable(String text) {
		return (text != null) ? text.replace('\0', '\uFFFD') : null;
	}

	private static ImportJob toJob(Record row) {
		return new ImportJob(row.get(IMPORT_JOB.ID), ImportMode.valueOf(row.get(IMPORT_JOB.MODE)),
				Status.valueOf(row.get(IMPORT_JOB.STATUS)), row.get(IMPORT_JOB.FILE_NAME),
				row.get(IMPORT_JOB.BYTES_TOTAL), row.get(IMPORT_JOB.BYTES_READ), row.get(IMPORT_JOB.ROWS_READ),
				row.get(IMPORT_JOB.CREATED), row.get(IMPORT_JOB.UPDATED), row.get(IMPORT_JOB.REJECTED),
				row.get(IMPORT_JOB.FAILURE), row.get(IMPORT_JOB.CREATED_AT), row.get(IMPORT_JOB.FINISHED_AT));
	}

}
