package app.distribu.identity.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.security.DistribuPrincipal;

import static app.distribu.identity.db.Tables.SUPPORT_AUDIT;

/**
 * The append-only record of support actions. Only inserts and reads here; the table's
 * trigger refuses updates and deletes.
 */
@Repository
class AuditLog {

	static final int PAGE_SIZE = 25;

	private final DSLContext db;

	private final JsonMapper json;

	AuditLog(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/** Written in the action's own transaction: no action without its audit row. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(DistribuPrincipal actor, String action, UUID targetUser, UUID targetCompany, String reason,
			Map<String, Object> before, Map<String, Object> after) {
		this.db.insertInto(SUPPORT_AUDIT)
			.set(SUPPORT_AUDIT.ID, UUID.randomUUID())
			.set(SUPPORT_AUDIT.ACTOR_ID, actor.subjectId())
			.set(SUPPORT_AUDIT.ACTOR_EMAIL, actor.email())
			.set(SUPPORT_AUDIT.ACTION, action)
			.set(SUPPORT_AUDIT.TARGET_USER_ID, targetUser)
			.set(SUPPORT_AUDIT.TARGET_COMPANY_ID, targetCompany)
			.set(SUPPORT_AUDIT.REASON, reason)
			.set(SUPPORT_AUDIT.BEFORE_STATE, this.json.writeValueAsString(before))
			.set(SUPPORT_AUDIT.AFTER_STATE, this.json.writeValueAsString(after))
			.execute();
	}

	/**
	 * An action done in another service, keyed by the console's action id: written once
	 * however often the form was sent (the other service replays its first answer).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordOnce(UUID id, DistribuPrincipal actor, String action, UUID targetCompany, String reason,
			Object before, Object after) {
		this.db.insertInto(SUPPORT_AUDIT)
			.set(SUPPORT_AUDIT.ID, id)
			.set(SUPPORT_AUDIT.ACTOR_ID, actor.subjectId())
			.set(SUPPORT_AUDIT.ACTOR_EMAIL, actor.email())
			.set(SUPPORT_AUDIT.ACTION, action)
			.set(SUPPORT_AUDIT.TARGET_COMPANY_ID, targetCompany)
			.set(SUPPORT_AUDIT.REASON, reason)
			.set(SUPPORT_AUDIT.BEFORE_STATE, this.json.writeValueAsString(before))
			.set(SUPPORT_AUDIT.AFTER_STATE, this.json.writeValueAsString(after))
			.onConflictDoNothing()
			.execute();
	}

	/** Newest first; one row more than a page tells whether there is a next one. */
	AuditPage page(int page) {
		List<AuditEntry> rows = this.db.selectFrom(SUPPORT_AUDIT)
			.orderBy(SUPPORT_AUDIT.CREATED_AT.desc(), SUPPORT_AUDIT.ID.desc())
			.limit(PAGE_SIZE + 1)
			.offset(page * PAGE_SIZE)
			.fetch((row) -> new AuditEntry(row.getId(), row.getCreatedAt(), row.getActorId(), row.getActorEmail(),
					row.getAction(), row.getTargetUserId(), row.getTargetCompanyId(), row.getReason(),
					row.getBeforeState(), row.getAfterState()));
		return new AuditPage(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), page, rows.size() > PAGE_SIZE);
	}

}
