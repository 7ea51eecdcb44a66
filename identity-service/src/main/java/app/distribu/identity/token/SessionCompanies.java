package app.distribu.identity.token;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.platform.security.CompanyRef;

import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.MEMBERSHIP;

/** The companies a session token lists for the switcher. */
@Repository
class SessionCompanies {

	/**
	 * Keeps tokens (and so cookies and headers) small for people in very many companies.
	 */
	static final int LIMIT = 50;

	private final DSLContext db;

	SessionCompanies(DSLContext db) {
		this.db = db;
	}

	/** The user's companies by name; the current one is always among them. */
	List<CompanyRef> of(UUID userId, UUID currentCompanyId) {
		return this.db.select(COMPANY.ID, COMPANY.NAME)
			.from(MEMBERSHIP)
			.join(COMPANY)
			.on(COMPANY.ID.eq(MEMBERSHIP.COMPANY_ID))
			.where(MEMBERSHIP.USER_ID.eq(userId))
			.orderBy(COMPANY.ID.eq(currentCompanyId).desc(), MEMBERSHIP.CREATED_AT, COMPANY.ID)
			.limit(LIMIT)
			.fetch((row) -> new CompanyRef(row.value1(), row.value2()))
			.stream()
			.sorted(Comparator.comparing(CompanyRef::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}
