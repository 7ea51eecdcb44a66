package app.distribu.billing.subscription;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.plan.Money;

/**
 * Data of {@code company.notice} on the compacted topic {@code company.notices}: the
 * banner every dashboard page shows (platform/web), or none ({@code level} null).
 */
record CompanyNotice(String source, String level, String message, String linkHref, String linkText) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	static final String SOURCE = "billing";

	static CompanyNotice none() {
		return new CompanyNotice(SOURCE, null, null, null, null);
	}

	static CompanyNotice of(Subscription s, List<Invoice> unpaid, Instant now) {
		Invoice first = unpaid.isEmpty() ? null : unpaid.get(unpaid.size() - 1);
		return switch (s.status()) {
			case TRIALING -> s.trialEndedBy(now)
					? new CompanyNotice(SOURCE, "warn",
							"Your trial ended on " + DAY.format(s.trialEndsAt())
									+ ". The store keeps working with Starter limits and your data is intact.",
							"/dashboard/billing/plans", "Choose a plan")
					: (s.trialEndsAt() != null) ? new CompanyNotice(SOURCE, "info",
							"Your " + s.plan().label() + " trial runs until " + DAY.format(s.trialEndsAt()) + ".",
							"/dashboard/billing/plans", "Choose a plan") : none();
			case PAST_DUE ->
				new CompanyNotice(SOURCE, "bad",
						"Your subscription is past due"
								+ ((first != null)
										? ": invoice " + first.number() + " ("
												+ Money.format(first.currency(), first.totalCents()) + ") is unpaid"
										: "")
								+ ". Until it is paid the store runs on " + s.limitsPlan().label()
								+ " limits. Just paid? It can take a minute to show.",
						(first != null) ? "/dashboard/billing/invoices/" + first.id() : "/dashboard/billing/invoices",
						"Pay the invoice");
			case ACTIVE -> (first != null && (first.heldForAuthentication() || first.paymentFailed()))
					? new CompanyNotice(SOURCE, "warn",
							"Invoice " + first.number() + " is waiting for payment"
									+ (first.heldForAuthentication() ? " (your bank asks you to confirm it)" : "")
									+ ". Pay it by " + DAY.format(first.dueAt()) + " to keep your plan's limits.",
							"/dashboard/billing/invoices/" + first.id(), "Pay the invoice")
					: none();
			case CANCELED -> new CompanyNotice(SOURCE, "warn",
					"Your subscription has ended. The store keeps working with Starter limits and your data is intact.",
					"/dashboard/billing/plans", "Choose a plan");
		};
	}

}
