package app.distribu.customer.credit;

import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static app.distribu.customer.db.Tables.CREDIT_POLICY;

/** One row per distributor that ever switched; none means reference only. */
@Repository
public class CreditPolicies {

	private final DSLContext db;

	CreditPolicies(DSLContext db) {
		this.db = db;
	}

	public boolean enforced(UUID companyId) {
		return this.db.select(CREDIT_POLICY.ENFORCED)
			.from(CREDIT_POLICY)
			.where(CREDIT_POLICY.COMPANY_ID.eq(companyId))
			.fetchOptional(CREDIT_POLICY.ENFORCED)
			.orElse(false);
	}

	void set(UUID companyId, boolean enforced, String by) {
		this.db.insertInto(CREDIT_POLICY)
			.set(CREDIT_POLICY.COMPANY_ID, companyId)
			.set(CREDIT_POLICY.ENFORCED, enforced)
			.set(CREDIT_POLICY.CHANGED_BY, by)
			.onConflict(CREDIT_POLICY.COMPANY_ID)
			.doUpdate()
			.set(CREDIT_POLICY.ENFORCED, enforced)
			.set(CREDIT_POLICY.CHANGED_BY, by)
			.set(CREDIT_POLICY.CHANGED_AT, DSL.currentOffsetDateTime())
			.execute();
	}

}
