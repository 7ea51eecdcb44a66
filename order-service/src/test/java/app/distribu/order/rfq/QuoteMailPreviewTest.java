package app.distribu.order.rfq;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.distribu.order.ordering.Buyer;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.MailPreviews;
import app.distribu.platform.mail.RenderedMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyer's "quote sent" mail, rendered into {@code target/mail-previews/quote-sent.*}
 * and checked.
 */
class QuoteMailPreviewTest {

	static final String STORE_URL = "https://app.distribu.example/store/corner-goods";

	@Test
	void quoteSent() {
		QuoteRequest quote = new QuoteRequest(UUID.randomUUID(), UUID.randomUUID(), 12, UUID.randomUUID(),
				QuoteRequestStatus.SENT, "EUR", "Can you do better for 50?", "9.50 from 50 units, free delivery.",
				LocalDate.of(2026, 12, 31),
				new Buyer(UUID.randomUUID(), "bruno@deli.example", "Bruno Buyer", "corner-goods", "Corner Goods"), null,
				null, OffsetDateTime.now(), OffsetDateTime.now(), List.of(new QuoteRequestLine("OIL-5", "Olive oil 5 L",
						50, new BigDecimal("11.00"), new BigDecimal("9.50"))));
		String link = STORE_URL + "/quotes/" + quote.id();
		RenderedMail mail = new MailPreviews(Path.of("target", "mail-previews")).write("quote-sent", "quote-sent",
				"Your quote Q-12 from Corner Goods: 475.00 EUR",
				Brand.store("https://app.distribu.example", "corner-goods", "Corner Goods"),
				Map.of("name", "Bruno Buyer", "quote", quote, "store", "Corner Goods", "link", link, "reason",
						"You get this email because you asked Corner Goods for a quote as bruno@deli.example."));
		assertThat(mail.text()).contains("Hello Bruno Buyer,",
				"Corner Goods sent you quote Q-12 for 475.00 EUR, valid until 31 Dec 2026.",
				"Corner Goods writes: 9.50 from 50 units, free delivery.", "50 x Olive oil 5 L (OIL-5) at 9.50  475.00",
				"Total: 475.00 EUR", "Accept it and it becomes an order in one step, or decline it: " + link);
		assertThat(mail.html()).contains("href=\"" + link + "\"", "Review and accept", "31 Dec 2026");
		for (String body : List.of(mail.html(), mail.text())) {
			assertThat(body).doesNotContain("${", "[(", " th:", "null");
		}
	}

}
