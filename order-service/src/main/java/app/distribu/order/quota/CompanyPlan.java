package app.distribu.order.quota;

import java.time.Instant;
import java.util.UUID;

/** What order-service keeps of a company's subscription; a null limit is unlimited. */
record CompanyPlan(UUID companyId, String plan, String status, Integer monthlyOrderLimit, Instant trialEndsAt,
		Instant changedAt) {

}
