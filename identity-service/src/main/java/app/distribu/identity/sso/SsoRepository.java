package app.distribu.identity.sso;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.platform.secrets.SecretBox;

import static app.distribu.identity.db.Tables.APP_USER;
import static app.distribu.identity.db.Tables.COMPANY;
import static app.distribu.identity.db.Tables.COMPANY_PLAN;
import static app.distribu.identity.db.Tables.SSO_SETTINGS;
import static org.jooq.impl.DSL.lower;

@Repository
class SsoRepository {

	static final String ENTERPRISE = "ENTERPRISE";

	static final String CANCELED = "CANCELED";

	private final DSLContext db;

	private final SecretBox box;

	SsoRepository(DSLContext db, SecretBox box) {
		this.db = db;
		this.box = box;
	}

	/**
	 * Keeps the newest plan per company: an older event read late (a replay) must not
	 * undo a newer change.
	 */
	void recordPlan(UUID companyId, String plan, String status, Integer apiRequestsPerMinute, Instant occurredAt) {
		OffsetDateTime at = occurredAt.atOffset(ZoneOffset.UTC);
		this.db.insertInto(COMPANY_PLAN)
			.set(COMPANY_PLAN.COMPANY_ID, companyId)
			.set(COMPANY_PLAN.PLAN, plan)
			.set(COMPANY_PLAN.STATUS, status)
			.set(COMPANY_PLAN.API_REQUESTS_PER_MINUTE, apiRequestsPerMinute)
			.set(COMPANY_PLAN.OCCURRED_AT, at)
			.onConflict(COMPANY_PLAN.COMPANY_ID)
			.doUpdate()
			.set(COMPANY_PLAN.PLAN, plan)
			.set(COMPANY_PLAN.STATUS, status)
			.set(COMPANY_PLAN.API_REQUESTS_PER_MINUTE, apiRequestsPerMinute)
			.set(COMPANY_PLAN.OCCURRED_AT, at)
			.where(COMPANY_PLAN.OCCURRED_AT.le(at))
			.execute();
	}

	Optional<SsoCompany> company(UUID companyId) {
		return this.db.select(COMPANY.ID, COMPANY.NAME, COMPANY.SLUG, enterprise())
			.from(COMPANY)
			.leftJoin(COMPANY_PLAN)
			.on(COMPANY_PLAN.COMPANY_ID.eq(COMPANY.ID))
			.where(COMPANY.ID.eq(companyId))
			.fetchOptional((row) -> new SsoCompany(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	Optional<SsoCompany> companyBySlug(String slug) {
		return this.db.select(COMPANY.ID, COMPANY.NAME, COMPANY.SLUG, enterprise())
			.from(COMPANY)
			.leftJoin(COMPANY_PLAN)
			.on(COMPANY_PLAN.COMPANY_ID.eq(COMPANY.ID))
			.where(lower(COMPANY.SLUG).eq(slug.trim().toLowerCase()))
			.fetchOptional((row) -> new SsoCompany(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	/** Enterprise, trial or paid; a canceled subscription loses the feature. */
	private static Field<Boolean> enterprise() {
		return DSL.coalesce(
				DSL.field(DSL.upper(COMPANY_PLAN.PLAN).eq(ENTERPRISE).and(DSL.upper(COMPANY_PLAN.STATUS).ne(CANCELED))),
				DSL.inline(false));
	}

	Optional<SsoSettings> settings(UUID companyId) {
		return this.db
			.select(SSO_SETTINGS.COMPANY_ID, SSO_SETTINGS.ISSUER, SSO_SETTINGS.CLIENT_ID, SSO_SETTINGS.CLIENT_SECRET,
					SSO_SETTINGS.ENABLED)
			.from(SSO_SETTINGS)
			.where(SSO_SETTINGS.COMPANY_ID.eq(companyId))
			.fetchOptional((row) -> new SsoSettings(row.value1(), row.value2(), row.value3(), plain(row.value4()),
					row.value5()));
	}

	/** The client secret is stored sealed with the {@link SecretBox}. */
	void saveSettings(SsoSettings settings, UUID updatedBy) {
		String sealed = this.box.seal(settings.clientSecret());
		this.db.insertInto(SSO_SETTINGS)
			.set(SSO_SETTINGS.COMPANY_ID, settings.companyId())
			.set(SSO_SETTINGS.ISSUER, settings.issuer())
			.set(SSO_SETTINGS.CLIENT_ID, settings.clientId())
			.set(SSO_SETTINGS.CLIENT_SECRET, sealed)
			.set(SSO_SETTINGS.ENABLED, settings.enabled())
			.set(SSO_SETTINGS.UPDATED_BY, updatedBy)
			.onConflict(SSO_SETTINGS.COMPANY_ID)
			.doUpdate()
			.set(SSO_SETTINGS.ISSUER, settings.issuer())
			.set(SSO_SETTINGS.CLIENT_ID, settings.clientId())
			.set(SSO_SETTINGS.CLIENT_SECRET, sealed)
			.set(SSO_SETTINGS.ENABLED, settings.enabled())
			.set(SSO_SETTINGS.UPDATED_BY, updatedBy)
			.set(SSO_SETTINGS.UPDATED_AT, DSL.currentOffsetDateTime())
			.execute();
	}

	/**
	 * Seals client secrets stored in plain text (before sealing existed) or with an older
	 * encryption key; compare-and-set per row, so replicas doing it at once do no harm.
	 */
	int resealSecrets() {
		int resealed = 0;
		for (var row : this.db.select(SSO_SETTINGS.COMPANY_ID, SSO_SETTINGS.CLIENT_SECRET).from(SSO_SETTINGS).fetch()) {
			if (this.box.needsResealing(row.value2())) {
				resealed += this.db.update(SSO_SETTINGS)
					.set(SSO_SETTINGS.CLIENT_SECRET, this.box.seal(plain(row.value2())))
					.where(SSO_SETTINGS.COMPANY_ID.eq(row.value1()).and(SSO_SETTINGS.CLIENT_SECRET.eq(row.value2())))
					.execute();
			}
		}
		return resealed;
	}

	private String plain(String stored) {
		return SecretBox.isSealed(stored) ? this.box.open(stored) : stored;
	}

	/** A user by email, case-insensitively, with whether it is a support account. */
	Optional<SsoUser> userByEmail(String email) {
		return this.db.select(APP_USER.ID, APP_USER.SUPPORT)
			.from(APP_USER)
			.where(lower(APP_USER.EMAIL).eq(email.trim().toLowerCase()))
			.fetchOptional((row) -> new SsoUser(row.value1(), Boolean.TRUE.equals(row.value2())));
	}

	boolean isSupport(UUID userId) {
		return this.db.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.SUPPORT.isTrue()));
	}

	/** Where a confirmation link is mailed: the account's own address. */
	Optional<LinkRecipient> recipient(UUID userId) {
		return this.db.select(APP_USER.EMAIL, APP_USER.NAME)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId))
			.fetchOptional((row) -> new LinkRecipient(row.value1(), row.value2()));
	}

	record LinkRecipient(String email, String name) {

	}

	/**
	 * Inserts the user unless the address already exists (a concurrent first sign-in).
	 */
	void insertUserIfAbsent(UUID id, String email, String name, String passwordHash) {
		this.db.insertInto(APP_USER)
			.set(APP_USER.ID, id)
			.set(APP_USER.EMAIL, email)
			.set(APP_USER.NAME, name)
			.set(APP_USER.PASSWORD_HASH, passwordHash)
			.onConflictDoNothing()
			.execute();
	}

	record SsoUser(UUID id, boolean support) {

	}

}
