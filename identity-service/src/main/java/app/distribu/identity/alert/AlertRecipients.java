package app.distribu.identity.alert;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.MEMBERSHIP;
import static app.distribu.identity.db.Tables.NOTIFICATION_PREFERENCE;

/**
 * The members of a company who want mail about a topic (their own choice, or else their
 * role's default), and its OWNERs and ADMINs for what they always hear about.
 */
@Repository
public class AlertRecipients {

	private final DSLContext db;

	AlertRecipients(DSLContext db) {
		this.db = db;
	}

	public List<Recipient> of(UUID companyId, AlertTopic topic) {
		Field<Boolean> byDefault = DSL
			.field(topic.onForOwnersAndAdmins() ? MEMBERSHIP.ROLE.in("OWNER", "ADMIN") : DSL.falseCondition());
		return members().leftJoin(NOTIFICATION_PREFERENCE)
			.on(NOTIFICATION_PREFERENCE.USER_ID.eq(MEMBERSHIP.USER_ID)
				.and(NOTIFICATION_PREFERENCE.COMPANY_ID.eq(MEMBERSHIP.COMPANY_ID))
				.and(NOTIFICATION_PREFERENCE.TOPIC.eq(topic.name())))
			.where(MEMBERSHIP.COMPANY_ID.eq(companyId)
				.and(DSL.condition(DSL.coalesce(NOTIFICATION_PREFERENCE.ENABLED, byDefault))))
			.orderBy(APP_USER.EMAIL)
			.fetch((row) -> new Recipient(row.value1(), row.value2(), row.value3()));
	}

	List<Recipient> ownersAndAdmins(UUID companyId) {
		return members().where(MEMBERSHIP.COMPANY_ID.eq(companyId).and(MEMBERSHIP.ROLE.in("OWNER", "ADMIN")))
			.orderBy(APP_USER.EMAIL)
			.fetch((row) -> new Recipient(row.value1(), row.value2(), row.value3()));
	}

	private SelectOnConditionStep<Record3<String, String, String>> members() {
		return this.db.select(APP_USER.EMAIL, APP_USER.NAME, COMPANY.NAME)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.join(COMPANY)
			.on(COMPANY.ID.eq(MEMBERSHIP.COMPANY_ID));
	}

}
