package app.distribu.identity.alert;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;

@Component
class LowStockMail {

	private static final String FROM = "Distribu <no-reply@distribu.app>";

	private final JavaMailSender mail;

	private final IdentityProperties properties;

	LowStockMail(JavaMailSender mail, IdentityProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	void send(Recipient to, LowStock product) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(FROM);
		message.setTo(to.email());
		message.setSubject("Low stock: " + product.sku() + " " + product.name());
		message.setText("""
				Hello %s,

				A storefront order just took %s %s (%s) to %d in stock; its low-stock threshold is %d.

				Restock or adjust it: %s/dashboard/products/%s

				You get this email as an owner or admin of %s.
				""".formatted(to.name(), product.sku(), product.name(), to.companyName(), product.stock(),
				product.threshold(), this.properties.publicBaseUrl(), product.productId(), to.companyName()));
		this.mail.send(message);
	}

}
