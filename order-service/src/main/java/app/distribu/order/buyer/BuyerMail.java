package app.distribu.order.buyer;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.distribu.order.ordering.Buyer;
import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderPlaced;
import app.distribu.order.ordering.OrderStatus;
import app.distribu.order.ordering.StatusTransition;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/**
 * Mails a storefront order's buyer, inside the transaction that placed or changed the
 * order (synchronous listeners): the mail is queued if and only if the change commits.
 */
@Component
class BuyerMail {

	private final BuyerRepository buyers;

	private final MailOutbox outbox;

	private final PublicAddress address;

	BuyerMail(BuyerRepository buyers, MailOutbox outbox, PublicAddress address) {
		this.buyers = buyers;
		this.outbox = outbox;
		this.address = address;
	}

	@EventListener
	void placed(OrderPlaced placed) {
		Buyer buyer = placed.buyer();
		if (buyer == null || buyer.email() == null || buyer.email().isBlank()) {
			return;
		}
		Order order = placed.order();
		this.buyers.save(order.companyId(), order.id(), buyer);
		send(order, buyer, "Your order #" + order.number() + " at " + buyer.storeName(), "order-confirmation",
				Map.of());
	}

	@EventListener
	void statusChanged(StatusTransition change) {
		Order order = change.after();
		OrderStatus to = order.status();
		if (to == OrderStatus.SUBMITTED) {
			// Moved back to "new": nothing the buyer needs to hear about.
			return;
		}
		this.buyers.of(order.companyId(), order.id())
			.ifPresent((buyer) -> send(order, buyer, subject(order, buyer, to), "order-status",
					Map.of("status", to.name())));
	}

	private static String subject(Order order, Buyer buyer, OrderStatus to) {
		String what = switch (to) {
			case CONFIRMED -> "is confirmed";
			case SHIPPED -> "has shipped";
			case DELIVERED -> "was delivered";
			case CANCELLED -> "was cancelled";
			case SUBMITTED -> "was updated";
		};
		return "Your order #" + order.number() + " at " + buyer.storeName() + " " + what;
	}

	private void send(Order order, Buyer buyer, String subject, String template, Map<String, Object> extra) {
		String storeUrl = this.address.publicBaseUrl() + "/store/" + buyer.storeSlug();
		Map<String, Object> model = new HashMap<>(extra);
		model.put("name", buyer.name());
		model.put("order", order);
		model.put("store", buyer.storeName());
		model.put("link", storeUrl + "/orders/" + order.id());
		model.put("reason",
				"You get this email because you ordered from " + buyer.storeName() + " as " + buyer.email() + ".");
		this.outbox.queue(new Mail(buyer.email(), subject, template,
				Brand.store(this.address.publicBaseUrl(), buyer.storeSlug(), buyer.storeName()), model,
				order.companyId()));
	}

}
