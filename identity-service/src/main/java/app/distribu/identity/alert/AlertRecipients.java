package app.distribu.identity.alert;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.MEMBERSHIP;

/** The people of a company who hear about its stock: OWNERs and ADMINs. */
@Repository
class AlertRecipients {

	private final DSLContext db;

	AlertRecipients(DSLContext db) {
		this.db = db;
	}

	List<Recipient> of(UUID companyId) {
		return this.db.select(APP_USER.EMAIL, APP_USER.NAME, COMPANY.NAME)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.join(COMPANY)
			.on(COMPANY.ID.eq(MEMBERSHIP.COMPANY_ID))
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId).and(MEMBERSHIP.ROLE.in("OWNER", "ADMIN")))
			.orderBy(APP_USER.EMAIL)
			.fetch((row) -> new Recipient(row.value1(), row.value2(), row.value3()));
	}

}
