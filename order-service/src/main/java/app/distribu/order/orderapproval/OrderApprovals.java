package app.distribu.order.orderapproval;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.order.customer.BuyerRules;
import app.distribu.order.customer.CustomerDirectory;
import app.distribu.order.ordering.Buyer;
import app.distribu.order.ordering.OrderDesk;
import app.distribu.order.quote.CatalogPriceQuotesClient;
import app.distribu.order.quote.Quote;
import app.distribu.order.storefront.CheckoutHold;
import app.distribu.order.storefront.StoreSession;
import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.DomainProblem;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.Unprocessable;

/**
 * Holding a storefront checkout for approval, and an admin buyer's approval or rejection
 * of it. Roles and the threshold come from the customer's order profile in the read model
 * (no call to customer-service); a checkout that is not held costs nothing extra unless
 * the customer has a threshold (then one price quote tells its total).
 */
@Service
public class OrderApprovals implements CheckoutHold {

	private final OrderApprovalRepository approvals;

	private final CustomerDirectory customers;

	private final CatalogPriceQuotesClient quotes;

	private final OrderDesk desk;

	private final OrderApprovalMail mail;

	private final Clock clock;

	private final TransactionTemplate transaction;

	OrderApprovals(OrderApprovalRepository approvals, CustomerDirectory customers, CatalogPriceQuotesClient quotes,
			OrderDesk desk, OrderApprovalMail mail, Clock clock, PlatformTransactionManager transactions) {
		this.approvals = approvals;
		this.customers = customers;
		this.quotes = quotes;
		this.desk = desk;
		this.mail = mail;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Saves the checkout as a request and mails the admin buyers when the contact's role
	 * or the total asks for approval; false when the order may be placed now. Called
	 * after the customer's profile was read for the checkout (it is then in the read
	 * model). The price quote is asked for outside the transaction.
	 */
	@Override
	public boolean held(StoreSession session, List<OrderDesk.Item> lines, UUID shippingAddressId, String notes,
			String poNumber) {
		BuyerRules rules = this.customers.buyerRules(session.companyId(), session.customerId());
		String role = rules.roleOf(session.contactId());
		if (BuyerRules.Contact.ADMIN_BUYER.equals(role)
				|| (BuyerRules.Contact.BUYER.equals(role) && rules.threshold() == null)) {
			return false;
		}
		Quote quote = this.quotes.forStorefront(session.customerId(), lines);
		OrderApproval.Why why = why(role, rules.threshold(), quote.total());
		if (why == null) {
			return false;
		}
		Optional<Quote.Line> problem = quote.lines().stream().filter((line) -> line.problem() != null).findFirst();
		if (problem.isPresent()) {
			throw new Unprocessable(problem.get().problem());
		}
		if (rules.adminBuyers().isEmpty()) {
			throw new Unprocessable("Your order needs an Admin buyer's approval, but your business has none. "
					+ "Please ask the store to make one of your colleagues Admin buyer.");
		}
		OrderApproval approval = new OrderApproval(UUID.randomUUID(), session.companyId(), session.customerId(),
				session.contactId(), name(session), session.email(), session.store().slug(), session.store().name(),
				linesAsSeen(lines, quote), shippingAddressId, notes, poNumber, quote.total(), quote.currency(), why,
				OrderApproval.Status.PENDING, null, null, null, null, null, now());
		this.transaction.executeWithoutResult((status) -> {
			this.approvals.insert(approval);
			this.mail.requested(approval, rules.adminBuyers());
		});
		OrderApprovalMeters.count("requested");
		return true;
	}

	/**
	 * The cart's lines with the names and unit prices of the price quote that decided the
	 * request waits: kept on the request, so the Approvals page and the mails show them
	 * without asking catalog again.
	 */
	private static List<ApprovalLine> linesAsSeen(List<OrderDesk.Item> lines, Quote quote) {
		return lines.stream().map((item) -> {
			Optional<Quote.Line> priced = quote.line(item.sku());
			return new ApprovalLine(item.sku(), priced.map(Quote.Line::name).orElse(null), item.quantity(),
					priced.map(Quote.Line::unitPrice).orElse(null));
		}).toList();
	}

	/** Why an order of this role and total waits, or null when it does not. */
	static OrderApproval.Why why(String role, BigDecimal threshold, BigDecimal total) {
		if (BuyerRules.Contact.REQUESTER.equals(role)) {
			return OrderApproval.Why.REQUESTER;
		}
		if (BuyerRules.Contact.BUYER.equals(role) && threshold != null && total.compareTo(threshold) > 0) {
			return OrderApproval.Why.OVER_THRESHOLD;
		}
		return null;
	}

	/**
	 * The requests the contact sees: all of the customer's for an admin buyer, else their
	 * own.
	 */
	List<OrderApproval> visibleTo(StoreSession session) {
		return this.approvals.list(session.companyId(), session.customerId(),
				isAdminBuyer(session) ? null : session.contactId());
	}

	boolean isAdminBuyer(StoreSession session) {
		return BuyerRules.Contact.ADMIN_BUYER
			.equals(this.customers.buyerRules(session.companyId(), session.customerId()).roleOf(session.contactId()));
	}

	/**
	 * Places the request's order for its requester at the prices of now (stock, monthly
	 * limit and credit checked as for any order); once, however many admin buyers approve
	 * at the same moment. A refusal leaves the request waiting with the reason.
	 */
	UUID approve(StoreSession session, UUID id) {
		OrderApproval approval = adminsRequest(session, id);
		if (!this.approvals.claim(session.companyId(), session.customerId(), id, now())) {
			throw new AlreadyDecided(
					this.approvals.find(session.companyId(), session.customerId(), id).orElseThrow().status());
		}
		UUID orderId;
		try {
			orderId = this.desk.placeApproved(approval.companyId(),
					new Buyer(approval.requesterId(), approval.requesterEmail(), approval.requesterName(),
							approval.storeSlug(), approval.storeName()),
					approval.customerId(), approval.items(), approval.notes(), approval.poNumber(),
					approval.shippingAddressId(), approval.id());
		}
		catch (DomainProblem refused) {
			this.approvals.failed(id, refused.getMessage());
			OrderApprovalMeters.count("failed");
			throw new NotPlaced(refused.getMessage());
		}
		catch (RuntimeException ex) {
			this.approvals.failed(id, "The order could not be placed right now. Please try again in a moment.");
			throw ex;
		}
		this.transaction.executeWithoutResult((tx) -> {
			this.approvals.approved(id, orderId, session.contactId(), name(session));
			this.mail.approved(this.approvals.find(session.companyId(), session.customerId(), id).orElseThrow());
		});
		OrderApprovalMeters.count("approved");
		return orderId;
	}

	@Transactional
	void reject(StoreSession session, UUID id, String reason) {
		adminsRequest(session, id);
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new Unprocessable("Say why you reject the order, so your colleague knows what to change.");
		}
		if (why.length() > 500) {
			throw new Unprocessable("The reason can be at most 500 characters.");
		}
		if (!this.approvals.reject(session.companyId(), session.customerId(), id, session.contactId(), name(session),
				why)) {
			throw new AlreadyDecided(
					this.approvals.find(session.companyId(), session.customerId(), id).orElseThrow().status());
		}
		this.mail.rejected(this.approvals.find(session.companyId(), session.customerId(), id).orElseThrow());
		OrderApprovalMeters.count("rejected");
	}

	/** The customer's request, for one of its admin buyers; anyone else finds nothing. */
	private OrderApproval adminsRequest(StoreSession session, UUID id) {
		if (!isAdminBuyer(session)) {
			throw new NotAnAdminBuyer();
		}
		return this.approvals.find(session.companyId(), session.customerId(), id)
			.orElseThrow(() -> new NotFound("Approval request " + id));
	}

	private static String name(StoreSession session) {
		return (session.name() != null) ? session.name() : session.email();
	}

	private OffsetDateTime now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	static final class AlreadyDecided extends Conflict {

		AlreadyDecided(OrderApproval.Status status) {
			super((status == OrderApproval.Status.APPROVING) ? "Another admin buyer is approving this order right now."
					: "This request was already " + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
		}

	}

	static final class NotPlaced extends Unprocessable {

		NotPlaced(String why) {
			super("The order could not be placed: " + why + " The request is still waiting.");
		}

	}

	static final class NotAnAdminBuyer extends DomainProblem {

		NotAnAdminBuyer() {
			super(HttpStatus.FORBIDDEN, "Not an admin buyer", "Only an Admin buyer can approve or reject orders.");
		}

	}

}
