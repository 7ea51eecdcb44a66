package app.distribu.billing.subscription;

import java.time.Instant;
import java.util.UUID;

/** A company's plan and where its subscription stands. */
public record Subscription(UUID companyId, Plan plan, String status, Instant trialEndsAt, int version) {

	/** Choosing a plan ends the trial: the subscription is active on that plan. */
	Subscription switchTo(Plan chosen) {
		return new Subscription(this.companyId, chosen, "ACTIVE", this.trialEndsAt, this.version + 1);
	}

	boolean isActiveOn(Plan chosen) {
		return this.plan == chosen && "ACTIVE".equals(this.status);
	}

}
