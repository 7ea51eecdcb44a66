package app.distribu.customer.csv;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

import static app.distribu.customer.db.Tables.CUSTOMER_IMPORT;

/** Import reports, kept a week, each readable by its own company only. */
@Repository
class ImportReports {

	private final DSLContext db;

	private final JsonMapper json;

	ImportReports(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	UUID save(UUID companyId, ImportResult result) {
		this.db.deleteFrom(CUSTOMER_IMPORT)
			.where(CUSTOMER_IMPORT.CREATED_AT.lt(OffsetDateTime.now().minusDays(7)))
			.execute();
		UUID id = UUID.randomUUID();
		this.db.insertInto(CUSTOMER_IMPORT)
			.set(CUSTOMER_IMPORT.ID, id)
			.set(CUSTOMER_IMPORT.COMPANY_ID, companyId)
			.set(CUSTOMER_IMPORT.RESULT, this.json.writeValueAsString(result))
			.execute();
		return id;
	}

	Optional<ImportResult> find(UUID companyId, UUID id) {
		return this.db.select(CUSTOMER_IMPORT.RESULT)
			.from(CUSTOMER_IMPORT)
			.where(CUSTOMER_IMPORT.COMPANY_ID.eq(companyId).and(CUSTOMER_IMPORT.ID.eq(id)))
			.fetchOptional(CUSTOMER_IMPORT.RESULT)
			.map((text) -> this.json.readValue(text, ImportResult.class));
	}

}
