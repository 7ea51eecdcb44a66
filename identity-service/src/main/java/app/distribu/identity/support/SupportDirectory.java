package app.distribu.identity.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.MEMBERSHIP;

/** Read side of the console: search and the user and company pages. */
@Repository
class SupportDirectory {

	static final int SEARCH_LIMIT = 20;

	private final DSLContext db;

	SupportDirectory(DSLContext db) {
		this.db = db;
	}

	List<UserHit> searchUsers(String query) {
		String pattern = like(query);
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME, APP_USER.SUPPORT)
			.from(APP_USER)
			.where(APP_USER.EMAIL.likeIgnoreCase(pattern, '\\').or(APP_USER.NAME.likeIgnoreCase(pattern, '\\')))
			.orderBy(APP_USER.EMAIL)
			.limit(SEARCH_LIMIT)
			.fetch((row) -> new UserHit(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	List<CompanyHit> searchCompanies(String query) {
		String pattern = like(query);
		return this.db.select(COMPANY.ID, COMPANY.NAME, COMPANY.SLUG)
			.from(COMPANY)
			.where(COMPANY.NAME.likeIgnoreCase(pattern, '\\').or(COMPANY.SLUG.likeIgnoreCase(pattern, '\\')))
			.orderBy(COMPANY.NAME)
			.limit(SEARCH_LIMIT)
			.fetch((row) -> new CompanyHit(row.value1(), row.value2(), row.value3()));
	}

	Optional<UserDetail> user(UUID id) {
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME, APP_USER.SUPPORT, APP_USER.CREATED_AT)
			.from(APP_USER)
			.where(APP_USER.ID.eq(id))
			.fetchOptional((row) -> new UserDetail(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					memberships(id)));
	}

	Optional<CompanyDetail> company(UUID id) {
		return this.db.select(COMPANY.ID, COMPANY.NAME, COMPANY.SLUG, COMPANY.CREATED_AT)
			.from(COMPANY)
			.where(COMPANY.ID.eq(id))
			.fetchOptional(
					(row) -> new CompanyDetail(row.value1(), row.value2(), row.value3(), row.value4(), members(id)));
	}

	private List<UserDetail.Membership> memberships(UUID userId) {
		return this.db.select(COMPANY.ID, COMPANY.NAME, COMPANY.SLUG, MEMBERSHIP.ROLE, MEMBERSHIP.CREATED_AT)
			.from(MEMBERSHIP)
			.join(COMPANY)
			.on(COMPANY.ID.eq(MEMBERSHIP.COMPANY_ID))
			.where(MEMBERSHIP.USER_ID.eq(userId))
			.orderBy(MEMBERSHIP.CREATED_AT)
			.fetch((row) -> new UserDetail.Membership(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5()));
	}

	private List<CompanyDetail.Member> members(UUID companyId) {
		return this.db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.NAME, MEMBERSHIP.ROLE, MEMBERSHIP.CREATED_AT)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId))
			.orderBy(MEMBERSHIP.CREATED_AT)
			.fetch((row) -> new CompanyDetail.Member(row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5()));
	}

	/** Substring match; the query's own wildcards are taken literally. */
	private static String like(String query) {
		return "%" + query.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
