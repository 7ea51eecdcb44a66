package app.distribu.identity.sso;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;

import app.distribu.platform.test.TestEvents;

import static app.distribu.identity.db.Tables.COMPANY_PLAN;
import static org.awaitility.Awaitility.await;

/**
 * Puts a company on a plan the way billing-service does, and waits until identity has it.
 */
final class Plans {

	private Plans() {
	}

	static void change(DSLContext db, UUID companyId, String plan, String status) {
		Map<String, Object> data = new HashMap<>();
		data.put("plan", plan);
		data.put("status", status);
		data.put("monthlyOrderLimit", null);
		data.put("trialEndsAt", null);
		TestEvents.publish("billing.events", companyId, "subscription.changed", data);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> db.fetchExists(COMPANY_PLAN,
					COMPANY_PLAN.COMPANY_ID.eq(companyId)
						.and(COMPANY_PLAN.PLAN.eq(plan))
						.and(COMPANY_PLAN.STATUS.eq(status))));
	}

}
