package app.distribu.order.orderapproval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.MailPreviews;
import app.distribu.platform.mail.RenderedMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approval mails, rendered with a sample request into
 * {@code target/mail-previews/order-approval-*.html|txt} to look at, and checked.
 */
class OrderApprovalMailPreviewsTest {

	static final String LINK = "https://app.distribu.example/store/corner-goods/approvals#approval-a-1";

	final MailPreviews previews = new MailPreviews(Path.of("target", "mail-previews"));

	@Test
	void anAdminBuyerIsAskedToApprove() {
		RenderedMail mail = render("order-approval-requested", "Bruno Buyer asks you to approve an order",
				request(OrderApproval.Status.PENDING, null));
		assertThat(mail.text()).startsWith("Review the order: " + LINK)
			.contains("Bruno Buyer would like to order 2 product(s), 7 unit(s), for 640.00 EUR at Corner Goods.",
					"The total is over your approval threshold.", "at the prices of that moment",
					"  2 x Olive oil 5 l (OIL-5) at 20.00 EUR  40.00 EUR\n",
					"  5 x Tomato crate (CRATE-1) at 120.00 EUR  600.00 EUR\n");
		assertThat(mail.html()).contains("href=\"" + LINK + "\"", "Review the order", "640.00 EUR", "2 × Olive oil 5 l",
				"(OIL-5)", "120.00 EUR each · 600.00 EUR");
	}

	@Test
	void theRequesterHearsWhyItWasRejected() {
		RenderedMail mail = render("order-approval-rejected", "Your order at Corner Goods was not approved",
				request(OrderApproval.Status.REJECTED, "Too many crates this week."));
		assertThat(mail.text()).startsWith("See your requests: " + LINK)
			.contains("Ana Admin did not approve your order of 640.00 EUR at Corner Goods",
					"Their reason: Too many crates this week.",
					"  5 x Tomato crate (CRATE-1) at 120.00 EUR  600.00 EUR");
		assertThat(mail.html()).contains("Too many crates this week.", "See your requests");
	}

	@Test
	void theRequesterHearsItWasApproved() {
		RenderedMail mail = render("order-approval-approved", "Your order at Corner Goods was approved",
				request(OrderApproval.Status.APPROVED, null));
		assertThat(mail.text()).startsWith("See your requests: " + LINK)
			.contains("Ana Admin approved your order at Corner Goods, and it is placed.",
					"the total can differ from the 640.00 EUR you saw", "  2 x Olive oil 5 l (OIL-5) at 20.00 EUR");
		assertThat(mail.html()).contains("approved your order", "See your requests");
	}

	private RenderedMail render(String template, String subject, OrderApproval approval) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", "Ana Admin");
		model.put("approval", approval);
		model.put("store", "Corner Goods");
		model.put("link", LINK);
		model.put("reason", "You get this email because you are an Admin buyer at Corner Goods as ana@deli.example.");
		RenderedMail mail = this.previews.write(template, template, subject,
				Brand.store("https://app.distribu.example", "corner-goods", "Corner Goods"), model);
		for (String body : List.of(mail.html(), mail.text())) {
			assertThat(body).contains("You get this email because").doesNotContain("${", "[(", " th:", "null");
		}
		return mail;
	}

	private static OrderApproval request(OrderApproval.Status status, String reason) {
		boolean decided = status != OrderApproval.Status.PENDING;
		return new OrderApproval(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"Bruno Buyer", "bruno@deli.example", "corner-goods", "Corner Goods",
				List.of(new ApprovalLine("OIL-5", "Olive oil 5 l", 2, new BigDecimal("20.00")),
						new ApprovalLine("CRATE-1", "Tomato crate", 5, new BigDecimal("120.00"))),
				UUID.randomUUID(), "", "", new BigDecimal("640.00"), "EUR", OrderApproval.Why.OVER_THRESHOLD, status,
				null, decided ? "Ana Admin" : null, decided ? OffsetDateTime.now() : null, reason, null,
				OffsetDateTime.now());
	}

}
