package app.distribu.catalog.pricelist;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.PRICE_LIST_IMPORT;

/** Import reports, kept for the page an upload redirects to. */
@Repository
class ImportReports {

	private static final TypeReference<List<ImportReport.Rejection>> REJECTIONS = new TypeReference<>() {
	};

	private final DSLContext db;

	private final JsonMapper json;

	ImportReports(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	ImportReport save(UUID companyId, UUID listId, String mode, int set, int removed, int rejected,
			List<ImportReport.Rejection> rejections) {
		UUID id = UUID.randomUUID();
		this.db.insertInto(PRICE_LIST_IMPORT)
			.set(PRICE_LIST_IMPORT.ID, id)
			.set(PRICE_LIST_IMPORT.COMPANY_ID, companyId)
			.set(PRICE_LIST_IMPORT.LIST_ID, listId)
			.set(PRICE_LIST_IMPORT.MODE, mode)
			.set(PRICE_LIST_IMPORT.SET_COUNT, set)
			.set(PRICE_LIST_IMPORT.REMOVED_COUNT, removed)
			.set(PRICE_LIST_IMPORT.REJECTED_COUNT, rejected)
			.set(PRICE_LIST_IMPORT.REJECTIONS, JSONB.valueOf(this.json.writeValueAsString(rejections)))
			.execute();
		return find(companyId, listId, id).orElseThrow();
	}

	Optional<ImportReport> find(UUID companyId, UUID listId, UUID id) {
		return this.db.selectFrom(PRICE_LIST_IMPORT)
			.where(PRICE_LIST_IMPORT.ID.eq(id)
				.and(PRICE_LIST_IMPORT.LIST_ID.eq(listId))
				.and(PRICE_LIST_IMPORT.COMPANY_ID.eq(companyId)))
			.fetchOptional((row) -> new ImportReport(row.getId(), row.getListId(), row.getMode(), row.getSetCount(),
					row.getRemovedCount(), row.getRejectedCount(),
					this.json.readValue(row.getRejections().data(), REJECTIONS), row.getCreatedAt()));
	}

}
