package app.distribu.order;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.distribu.order.customer.ShippingAddress;
import app.distribu.order.ordering.Order;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.MailPreviews;
import app.distribu.platform.mail.RenderedMail;

import static app.distribu.order.ordering.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's order mails, rendered with a sample order into
 * {@code target/mail-previews/order-*.html|txt} to look at, and checked.
 */
class MailPreviewsTest {

	static final String STORE_URL = "https://app.distribu.example/store/corner-goods";

	static final Brand STORE = Brand.store("https://app.distribu.example", "corner-goods", "Corner Goods");

	static final ShippingAddress DEPOT = new ShippingAddress(UUID.randomUUID(), "1 Harbour Street", "Unit 4",
			"Rotterdam", "3011 AA", "NL");

	final MailPreviews previews = new MailPreviews(Path.of("target", "mail-previews"));

	@Test
	void confirmation() {
		RenderedMail mail = render("order-confirmation", "order-confirmation", "Your order #1042 at Corner Goods",
				model(order(DEPOT, "PO-77", "Ring twice."), null));
		assertThat(mail.html()).contains("Corner Goods</strong> received order", "<strong>#1042</strong>",
				"Olive oil 5 L", "OIL-5", "17.00", "34.00", "164.50 EUR", "1 Harbour Street", "Unit 4",
				"3011 AA Rotterdam", "PO-77", "Ring twice.");
		assertThat(mail.text()).contains("Corner Goods received order #1042",
				"2 x Olive oil 5 L (OIL-5) at 17.00  34.00", "Total: 164.50 EUR",
				"Deliver to:\n  1 Harbour Street\n" + "  Unit 4\n  3011 AA Rotterdam\n  NL", "PO number: PO-77",
				"Your notes: Ring twice.");
	}

	@Test
	void confirmationWithoutAddressPoNumberOrNotes() {
		RenderedMail mail = render("order-confirmation-bare", "order-confirmation", "Your order #1042 at Corner Goods",
				model(order(null, null, null), null));
		assertThat(mail.text()).contains("No delivery address was given").doesNotContain("PO number", "Your notes");
	}

	@Test
	void everyStatusChange() {
		Map<String, String> says = Map.of("CONFIRMED", "Corner Goods confirmed order #1042 and is getting it ready.",
				"SHIPPED", "Order #1042 from Corner Goods has shipped and is on its way.", "DELIVERED",
				"Order #1042 was delivered. Thank you for ordering from Corner Goods.", "CANCELLED",
				"Corner Goods cancelled order #1042. If you did not expect this, please contact Corner Goods.");
		says.forEach((status, sentence) -> {
			RenderedMail mail = render("order-status-" + status.toLowerCase(), "order-status",
					"Your order #1042 at Corner Goods", model(order(DEPOT, null, null), status));
			assertThat(mail.text()).contains(sentence, "Total: 164.50 EUR");
			assertThat(mail.html().replaceAll("\\s+", " ").replaceAll("</?(strong|span)>", "")).contains(sentence);
		});
	}

	private RenderedMail render(String name, String template, String subject, Map<String, Object> model) {
		RenderedMail mail = this.previews.write(name, template, subject, STORE, model);
		String link = STORE_URL + "/orders/o-1";
		assertThat(mail.html()).contains("<title>" + subject + "</title>", "href=\"" + link + "\"", "View your order",
				"<img src=\"" + STORE_URL + "/logo\" alt=\"Corner Goods\"",
				"Corner Goods · wholesale ordering by Distribu");
		assertThat(mail.text()).contains("View your order: " + link, "You get this email because you ordered");
		for (String body : List.of(mail.html(), mail.text())) {
			assertThat(body).doesNotContain("${", "[(", " th:", "null");
		}
		return mail;
	}

	private static Map<String, Object> model(Order order, String status) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", "Bruno Buyer");
		model.put("order", order);
		model.put("store", "Corner Goods");
		model.put("link", STORE_URL + "/orders/o-1");
		model.put("reason", "You get this email because you ordered from Corner Goods as bruno@deli.example.");
		model.put("status", status);
		return model;
	}

	private static Order order(ShippingAddress to, String poNumber, String notes) {
		return anOrder().of(2, "OIL-5", "Olive oil 5 L", "17.00")
			.of(58, "SALT-1", "Sea salt 1 kg", "2.25", "Volume price, 50+", "Wholesale")
			.shippedTo(to)
			.withPoNumber(poNumber)
			.withNotes(notes)
			.build();
	}

}
