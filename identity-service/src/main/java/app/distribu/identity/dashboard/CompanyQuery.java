package app.distribu.identity.dashboard;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.COMPANY;

@Repository
class CompanyQuery {

	private final DSLContext db;

	CompanyQuery(DSLContext db) {
		this.db = db;
	}

	Optional<CompanySummary> find(UUID companyId) {
		return this.db.select(COMPANY.ID, COMPANY.NAME, COMPANY.SLUG, COMPANY.CURRENCY)
			.from(COMPANY)
			.where(COMPANY.ID.eq(companyId))
			.fetchOptional((row) -> new CompanySummary(row.value1(), row.value2(), row.value3(), row.value4()));
	}

}
