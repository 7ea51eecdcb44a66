package app.distribu.order.orderapproval;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import app.distribu.order.customer.BuyerRules;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/**
 * Approval mails, queued in the transaction that holds, approves or rejects the request:
 * each admin buyer hears of a new request; the requester hears the decision (after an
 * approval the order's own confirmation follows with the final prices).
 */
@Component
class OrderApprovalMail {

	private final MailOutbox outbox;

	private final String publicBaseUrl;

	OrderApprovalMail(MailOutbox outbox, @Value("${distribu.public-base-url:http://localhost:8080}") String baseUrl) {
		this.outbox = outbox;
		this.publicBaseUrl = baseUrl.replaceAll("/+$", "");
	}

	void requested(OrderApproval approval, List<BuyerRules.Contact> adminBuyers) {
		for (BuyerRules.Contact admin : adminBuyers) {
			send(approval, admin.email(),
					approval.requesterName() + " asks you to approve an order at " + approval.storeName(),
					"order-approval-requested",
					Map.of("name", admin.name(), "reason", "You get this email because you are an Admin buyer at "
							+ approval.storeName() + " as " + admin.email() + "."));
		}
	}

	void approved(OrderApproval approval) {
		send(approval, approval.requesterEmail(), "Your order at " + approval.storeName() + " was approved",
				"order-approval-approved", requesterReason(approval));
	}

	void rejected(OrderApproval approval) {
		send(approval, approval.requesterEmail(), "Your order at " + approval.storeName() + " was not approved",
				"order-approval-rejected", requesterReason(approval));
	}

	private static Map<String, Object> requesterReason(OrderApproval approval) {
		return Map.of("name", approval.requesterName(), "reason", "You get this email because you ordered from "
				+ approval.storeName() + " as " + approval.requesterEmail() + ".");
	}

	private void send(OrderApproval approval, String to, String subject, String template, Map<String, Object> extra) {
		Map<String, Object> model = new java.util.HashMap<>(extra);
		model.put("approval", approval);
		model.put("store", approval.storeName());
		model.put("link",
				this.publicBaseUrl + "/store/" + approval.storeSlug() + "/approvals#approval-" + approval.id());
		this.outbox.queue(new Mail(to, subject, template,
				Brand.store(this.publicBaseUrl, approval.storeSlug(), approval.storeName()), model,
				approval.companyId()));
	}

}
