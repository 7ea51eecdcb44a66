package app.distribu.billing.subscription;

import java.time.Instant;
import java.util.UUID;

/** A company's plan and where its subscription stands. */
public record Subscription(UUID companyId, Plan plan, String status, Instant trialEndsAt, int version) {

}
