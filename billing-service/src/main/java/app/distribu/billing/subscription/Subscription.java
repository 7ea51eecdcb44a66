package app.distribu.billing.subscription;

import java.time.Instant;
import java.util.UUID;

/** A company's plan and where its subscription stands. */
public record Subscription(UUID companyId, Plan plan, String status, Instant trialEndsAt, int version) {

	/** Choosing a plan ends the trial: the subscription is active on that plan. */
	Subscription switchTo(Plan chosen) {
		return new Subscription(this.companyId, chosen, "ACTIVE", this.trialEndsAt, this.version + 1);
	}

	/**
	 * The soft end of a trial: Starter limits from now on, still TRIALING (nothing was
	 * paid for), the past end date telling the page to say the trial ended.
	 */
	Subscription endTrial() {
		return new Subscription(this.companyId, Plan.STARTER, this.status, this.trialEndsAt, this.version + 1);
	}

	/** A trial whose end has passed; it may already run on Starter limits. */
	public boolean trialEndedBy(Instant now) {
		return "TRIALING".equals(this.status) && this.trialEndsAt != null && !this.trialEndsAt.isAfter(now);
	}

	boolean isActiveOn(Plan chosen) {
		return this.plan == chosen && "ACTIVE".equals(this.status);
	}

}
