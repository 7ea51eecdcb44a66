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
		return current(companyId).enforced();
	}

	/** The policy with its revision; a company that never switched is at revision 0. */
	public Policy current(UUID companyId) {
		return this.db.select(CREDIT_POLICY.ENFORCED, CREDIT_POLICY.REVISION)
			.from(CREDIT_POLICY)
			.where(CREDIT_POLICY.COMPANY_ID.eq(companyId))
			.fetchOptional((row) -> new Policy(row.value1(), row.value2()))
			.orElse(new Policy(false, 0));
	}

	/** Switches and returns the new revision (the row is locked to the commit). */
	long set(UUID companyId, boolean enforced, String by) {
		return this.db.insertInto(CREDIT_POLICY)
			.set(CREDIT_POLICY.COMPANY_ID, companyId)
			.set(CREDIT_POLICY.ENFORCED, enforced)
			.set(CREDIT_POLICY.CHANGED_BY, by)
			.onConflict(CREDIT_POLICY.COMPANY_ID)
			.doUpdate()
			.set(CREDIT_POLICY.ENFORCED, enforced)
			.set(CREDIT_POLICY.CHANGED_BY, by)
			.set(CREDIT_POLICY.CHANGED_AT, DSL.currentOffsetDateTime())
			.set(CREDIT_POLICY.REVISION, CREDIT_POLICY.REVISION.plus(1L))
			.returning(CREDIT_POLICY.REVISION)
			.fetchOptional(CREDIT_POLICY.REVISION)
			.orElseThrow();
	}

	/** Whether limits are enforced, and how many switches led there. */
	public record Policy(boolean enforced, long revision) {

	}

}
