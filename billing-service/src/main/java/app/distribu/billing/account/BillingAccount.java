package app.distribu.billing.account;

import java.util.UUID;

/**
 * Who is billed: a company as identity announced it, and its customer at the provider.
 */
public record BillingAccount(UUID companyId, String name, String slug, String currency, String ownerEmail,
		String providerCustomerId) {

	/** A company billing has not heard of yet (its company.created is on its way). */
	public static BillingAccount unknown(UUID companyId) {
		return new BillingAccount(companyId, null, null, null, null, null);
	}

	public String displayName() {
		return (this.name != null) ? this.name : this.companyId.toString();
	}

}
