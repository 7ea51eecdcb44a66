package app.distribu.identity.apikey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.identity.db.Tables.API_KEY;
import static app.distribu.identity.db.Tables.COMPANY_PLAN;
import static org.jooq.impl.DSL.currentOffsetDateTime;

@Repository
class ApiKeyRepository {

	private final DSLContext db;

	ApiKeyRepository(DSLContext db) {
		this.db = db;
	}

	void insert(UUID id, UUID companyId, String name, String prefix, String hash, List<String> scopes, UUID createdBy) {
		this.db.insertInto(API_KEY)
			.set(API_KEY.ID, id)
			.set(API_KEY.COMPANY_ID, companyId)
			.set(API_KEY.NAME, name)
			.set(API_KEY.PREFIX, prefix)
			.set(API_KEY.KEY_HASH, hash)
			.set(API_KEY.SCOPES, scopes.toArray(String[]::new))
			.set(API_KEY.CREATED_BY, createdBy)
			.execute();
	}

	List<ApiKeyRow> list(UUID companyId) {
		return this.db
			.select(API_KEY.ID, API_KEY.NAME, API_KEY.PREFIX, API_KEY.SCOPES, API_KEY.CREATED_AT, API_KEY.REVOKED_AT)
			.from(API_KEY)
			.where(API_KEY.COMPANY_ID.eq(companyId))
			.orderBy(API_KEY.REVOKED_AT.isNull().desc(), API_KEY.CREATED_AT.desc())
			.fetch((row) -> new ApiKeyRow(row.value1(), row.value2(), row.value3(), Arrays.asList(row.value4()),
					row.value5(), row.value6()));
	}

	boolean exists(UUID id, UUID companyId) {
		return this.db.fetchExists(API_KEY, API_KEY.ID.eq(id).and(API_KEY.COMPANY_ID.eq(companyId)));
	}

	/** Returns whether this call revoked the key (false if already revoked or absent). */
	boolean revoke(UUID id, UUID companyId) {
		return this.db.update(API_KEY)
			.set(API_KEY.REVOKED_AT, currentOffsetDateTime())
			.where(API_KEY.ID.eq(id).and(API_KEY.COMPANY_ID.eq(companyId)).and(API_KEY.REVOKED_AT.isNull()))
			.execute() == 1;
	}

	Optional<ActiveKey> findActive(String hash) {
		return this.db.select(API_KEY.ID, API_KEY.COMPANY_ID, API_KEY.SCOPES, COMPANY_PLAN.API_REQUESTS_PER_MINUTE)
			.from(API_KEY)
			.leftJoin(COMPANY_PLAN)
			.on(COMPANY_PLAN.COMPANY_ID.eq(API_KEY.COMPANY_ID))
			.where(API_KEY.KEY_HASH.eq(hash).and(API_KEY.REVOKED_AT.isNull()))
			.fetchOptional(
					(row) -> new ActiveKey(row.value1(), row.value2(), Arrays.asList(row.value3()), row.value4()));
	}

}
