package app.distribu.billing.account;

import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.billing.db.Tables.BILLING_ACCOUNT;

@Repository
public class BillingAccounts {

	private final DSLContext db;

	BillingAccounts(DSLContext db) {
		this.db = db;
	}

	/** Keeps the first announcement; a redelivered company.created changes nothing. */
	public void remember(BillingAccount account) {
		this.db.insertInto(BILLING_ACCOUNT)
			.set(BILLING_ACCOUNT.COMPANY_ID, account.companyId())
			.set(BILLING_ACCOUNT.NAME, account.name())
			.set(BILLING_ACCOUNT.SLUG, account.slug())
			.set(BILLING_ACCOUNT.CURRENCY, (account.currency() != null) ? account.currency() : "USD")
			.set(BILLING_ACCOUNT.OWNER_EMAIL, account.ownerEmail())
			.onConflictDoNothing()
			.execute();
	}

	public BillingAccount find(UUID companyId) {
		return this.db.selectFrom(BILLING_ACCOUNT)
			.where(BILLING_ACCOUNT.COMPANY_ID.eq(companyId))
			.fetchOptional((r) -> new BillingAccount(r.getCompanyId(), r.getName(), r.getSlug(), r.getCurrency(),
					r.getOwnerEmail(), r.getProviderCustomerId()))
			.orElseGet(() -> BillingAccount.unknown(companyId));
	}

	/** The provider's customer id, once it created one. */
	public void linkProviderCustomer(UUID companyId, String customerId) {
		this.db.insertInto(BILLING_ACCOUNT)
			.set(BILLING_ACCOUNT.COMPANY_ID, companyId)
			.set(BILLING_ACCOUNT.PROVIDER_CUSTOMER_ID, customerId)
			.onConflict(BILLING_ACCOUNT.COMPANY_ID)
			.doUpdate()
			.set(BILLING_ACCOUNT.PROVIDER_CUSTOMER_ID, customerId)
			.execute();
	}

}
