package app.distribu.identity.alert;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.security.Role;

import static app.distribu.identity.db.Tables.MEMBERSHIP;
import static app.distribu.identity.db.Tables.NOTIFICATION_PREFERENCE;

/** One member's choices in one company, with their role's defaults filled in. */
@Repository
class AlertPreferences {

	private final DSLContext db;

	AlertPreferences(DSLContext db) {
		this.db = db;
	}

	Map<AlertTopic, Boolean> of(UUID userId, UUID companyId, Set<Role> roles) {
		boolean manager = roles.contains(Role.OWNER) || roles.contains(Role.ADMIN);
		Map<AlertTopic, Boolean> choices = new EnumMap<>(AlertTopic.class);
		for (AlertTopic topic : AlertTopic.values()) {
			choices.put(topic, manager && topic.onForOwnersAndAdmins());
		}
		this.db.selectFrom(NOTIFICATION_PREFERENCE)
			.where(NOTIFICATION_PREFERENCE.USER_ID.eq(userId).and(NOTIFICATION_PREFERENCE.COMPANY_ID.eq(companyId)))
			.forEach((row) -> choices.put(AlertTopic.valueOf(row.getTopic()), row.getEnabled()));
		return choices;
	}

	/**
	 * Every topic is stored, so a later change of role keeps what the member chose.
	 * Nothing is stored, and false is returned, when the user is no member of the company
	 * (a token that outlived its membership).
	 */
	@Transactional
	boolean save(UUID userId, UUID companyId, Set<AlertTopic> wanted) {
		if (!this.db.fetchExists(MEMBERSHIP, MEMBERSHIP.USER_ID.eq(userId).and(MEMBERSHIP.COMPANY_ID.eq(companyId)))) {
			return false;
		}
		for (AlertTopic topic : AlertTopic.values()) {
			this.db.insertInto(NOTIFICATION_PREFERENCE)
				.set(NOTIFICATION_PREFERENCE.USER_ID, userId)
				.set(NOTIFICATION_PREFERENCE.COMPANY_ID, companyId)
				.set(NOTIFICATION_PREFERENCE.TOPIC, topic.name())
				.set(NOTIFICATION_PREFERENCE.ENABLED, wanted.contains(topic))
				.onConflict(NOTIFICATION_PREFERENCE.USER_ID, NOTIFICATION_PREFERENCE.COMPANY_ID,
						NOTIFICATION_PREFERENCE.TOPIC)
				.doUpdate()
				.set(NOTIFICATION_PREFERENCE.ENABLED, wanted.contains(topic))
				.execute();
		}
		return true;
	}

}
