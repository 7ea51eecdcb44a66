package app.distribu.identity.contact;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.MEMBERSHIP;

/** Who approves registrations: the company's OWNERs and ADMINs. */
@Repository
class Reviewers {

	private final DSLContext db;

	Reviewers(DSLContext db) {
		this.db = db;
	}

	List<String> emails(UUID companyId) {
		return this.db.select(APP_USER.EMAIL)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId).and(MEMBERSHIP.ROLE.in("OWNER", "ADMIN")))
			.orderBy(APP_USER.EMAIL)
			.fetch(APP_USER.EMAIL);
	}

	String companyName(UUID companyId) {
		return this.db.select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchOne(COMPANY.NAME);
	}

}
