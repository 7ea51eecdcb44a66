package app.distribu.catalog.pricing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.OVERRIDE_IMPORT;

/** Import reports, kept a week, each readable by its own company only. */
@Repository
class OverrideImportReports {

	private final DSLContext db;

	private final JsonMapper json;

	OverrideImportReports(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	UUID save(UUID companyId, OverrideImportResult result) {
		this.db.deleteFrom(OVERRIDE_IMPORT)
			.where(OVERRIDE_IMPORT.CREATED_AT.lt(OffsetDateTime.now().minusDays(7)))
			.execute();
		UUID id = UUID.randomUUID();
		Report report = new Report(result.getSet(), result.getRemoved(), result.getRejected(), result.getRejections(),
				result.getStoppedBecause());
		this.db.insertInto(OVERRIDE_IMPORT)
			.set(OVERRIDE_IMPORT.ID, id)
			.set(OVERRIDE_IMPORT.COMPANY_ID, companyId)
			.set(OVERRIDE_IMPORT.REPORT, this.json.writeValueAsString(report))
			.execute();
		return id;
	}

	Optional<Report> find(UUID companyId, UUID id) {
		return this.db.select(OVERRIDE_IMPORT.REPORT)
			.from(OVERRIDE_IMPORT)
			.where(OVERRIDE_IMPORT.COMPANY_ID.eq(companyId).and(OVERRIDE_IMPORT.ID.eq(id)))
			.fetchOptional(OVERRIDE_IMPORT.REPORT)
			.map((text) -> this.json.readValue(text, Report.class));
	}

	/** A finished import as the page shows it. */
	record Report(int set, int removed, int rejected, List<OverrideImportResult.Rejection> rejections,
			String stoppedBecause) {

	}

}
