package app.distribu.order.rfq;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.order.customer.CustomerDirectory;
import app.distribu.order.events.OrderEvents;
import app.distribu.order.ordering.AgreedPrices;
import app.distribu.order.ordering.Buyer;
import app.distribu.order.ordering.OrderDesk;
import app.distribu.order.ordering.OrderSource;
import app.distribu.order.quote.CatalogPriceQuotesClient;
import app.distribu.order.quote.Quote;
import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.Unprocessable;

/**
 * Every change to quote requests, from the storefront, the dashboard and the API, under
 * the same rules. Prices start at the customer's price from catalog's one pricing engine;
 * staff change them per line. Accepting places the order through {@link OrderDesk}
 * (stock, monthly limit, credit checked then) and claims the quote inside the order's
 * transaction, so a quote becomes at most one order.
 */
@Service
class QuoteRequests {

	static final int MAX_LINES = 200;

	static final int MAX_MESSAGE = 2000;

	static final int MAX_SKU = 100;

	static final int MAX_DAYS_VALID = 366;

	static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final QuoteRequestRepository quotes;

	private final CatalogPriceQuotesClient prices;

	private final CustomerDirectory customers;

	private final OrderDesk desk;

	private final OrderEvents events;

	private final QuoteRequestMail mail;

	private final TransactionTemplate tx;

	private final Clock clock;

	QuoteRequests(QuoteRequestRepository quotes, CatalogPriceQuotesClient prices, CustomerDirectory customers,
			OrderDesk desk, OrderEvents events, QuoteRequestMail mail, TransactionTemplate tx, Clock clock) {
		this.quotes = quotes;
		this.prices = prices;
		this.customers = customers;
		this.desk = desk;
		this.events = events;
		this.mail = mail;
		this.tx = tx;
		this.clock = clock;
	}

	QuoteRequest require(UUID companyId, UUID quoteId) {
		return this.quotes.find(companyId, quoteId).orElseThrow(QuoteRequestNotFound::new);
	}

	/**
	 * The quote if it is this customer's and shown to buyers; another customer's, or a
	 * draft, is not found.
	 */
	QuoteRequest requireOf(UUID companyId, UUID customerId, UUID quoteId) {
		return this.quotes.find(companyId, quoteId)
			.filter((quote) -> quote.customerId().equals(customerId) && quote.visibleToBuyer())
			.orElseThrow(QuoteRequestNotFound::new);
	}

	List<QuoteRequestChange> history(UUID companyId, UUID quoteId) {
		return this.quotes.history(companyId, quoteId);
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * A buyer asks for prices on their cart's lines: the quote starts REQUESTED at the
	 * customer's storefront prices; products catalog does not offer are refused.
	 */
	QuoteRequest request(UUID companyId, UUID customerId, Buyer buyer, List<OrderDesk.Item> items, String message) {
		String cleanMessage = message(message);
		if (items.isEmpty()) {
			throw new Unprocessable("Your cart is empty. Add products to ask for a quote.");
		}
		Priced priced = priced(customerId, inputs(items), Map.of(), true);
		List<QuoteRequestLine> lines = priced.lines();
		String currency = priced.currency();
		return this.tx.execute((status) -> {
			QuoteRequest quote = new QuoteRequest(UUID.randomUUID(), companyId, this.quotes.nextNumber(companyId),
					customerId, QuoteRequestStatus.REQUESTED, currency, cleanMessage, null, null, buyer, null, null,
					null, null, lines);
			this.quotes.insert(quote, buyer.contactId());
			this.quotes.recordChange(quote.id(), null, QuoteRequestStatus.REQUESTED, buyer.contactId(), "CONTACT",
					cleanMessage, now());
			publish(companyId, "quote.requested", quote, cleanMessage);
			return require(companyId, quote.id());
		});
	}

	/**
	 * Checks and prices a quote staff (or a partner) start for a customer, outside any
	 * transaction: the customer must exist, lines are optional and priced at the
	 * customer's price unless given. {@link #start} then makes it.
	 */
	Draft draft(UUID companyId, UUID customerId, List<QuoteLineInput> lines, String message, LocalDate expiresOn) {
		this.customers.require(companyId, customerId);
		String cleanMessage = message(message);
		if (expiresOn != null) {
			refuseBadExpiry(expiresOn);
		}
		Priced priced = lines.isEmpty() ? new Priced(List.of(), null) : priced(customerId, lines, Map.of(), false);
		return new Draft(companyId, customerId, cleanMessage, expiresOn, priced);
	}

	/** A checked, priced quote to start. */
	record Draft(UUID companyId, UUID customerId, String message, LocalDate expiresOn, Priced priced) {

	}

	/**
	 * Makes the drafted quote, DRAFT, and announces it ({@code quote.drafted}); in the
	 * caller's transaction when there is one (the API's Idempotency-Key), else in its
	 * own.
	 */
	QuoteRequest start(Draft draft, QuoteActor by) {
		UUID companyId = draft.companyId();
		return this.tx.execute((status) -> {
			QuoteRequest quote = new QuoteRequest(UUID.randomUUID(), companyId, this.quotes.nextNumber(companyId),
					draft.customerId(), QuoteRequestStatus.DRAFT, draft.priced().currency(), null, draft.message(),
					draft.expiresOn(), null, null, null, null, null, draft.priced().lines());
			this.quotes.insert(quote, by.id());
			this.quotes.recordChange(quote.id(), null, QuoteRequestStatus.DRAFT, by.id(), by.kind(), null, now());
			QuoteRequest drafted = require(companyId, quote.id());
			publish(companyId, "quote.drafted", drafted, drafted.staffMessage());
			return drafted;
		});
	}

	/**
	 * Staff edit a quote before sending it: the whole set of lines (when given), the last
	 * valid day and the message to the buyer. Only while REQUESTED or DRAFT. No event:
	 * drafts change click by click, and {@code quote.sent} carries the quote as sent.
	 */
	QuoteRequest edit(UUID companyId, UUID quoteId, QuoteActor by, List<QuoteLineInput> lines, LocalDate expiresOn,
			boolean expiryGiven, String message, boolean messageGiven) {
		QuoteRequest before = require(companyId, quoteId);
		refuseUnlessEditable(before);
		String cleanMessage = messageGiven ? message(message) : before.staffMessage();
		LocalDate expiry = expiryGiven ? expiresOn : before.expiresOn();
		if (expiryGiven && expiresOn != null) {
			refuseBadExpiry(expiresOn);
		}
		Map<String, QuoteRequestLine> kept = new LinkedHashMap<>();
		before.lines().forEach((line) -> kept.put(line.sku(), line));
		Priced priced = (lines == null) ? new Priced(null, before.currency()) : lines.isEmpty()
				? new Priced(List.of(), before.currency()) : priced(before.customerId(), lines, kept, false);
		return this.tx.execute((status) -> {
			QuoteRequest locked = this.quotes.lock(companyId, quoteId).orElseThrow(QuoteRequestNotFound::new);
			refuseUnlessEditable(locked);
			if (priced.lines() != null) {
				this.quotes.replaceLines(quoteId, priced.lines());
			}
			this.quotes.details(companyId, quoteId, expiry, cleanMessage, priced.currency());
			this.quotes.recordChange(quoteId, locked.status(), locked.status(), by.id(), by.kind(), "Edited", now());
			return require(companyId, quoteId);
		});
	}

	/**
	 * Sends the quote to the buyer: it needs lines, a price on every line and a last
	 * valid day from today on. The buyer who asked is mailed a link to it.
	 */
	QuoteRequest send(UUID companyId, UUID quoteId, QuoteActor by) {
		return this.tx.execute((status) -> {
			QuoteRequest quote = this.quotes.lock(companyId, quoteId).orElseThrow(QuoteRequestNotFound::new);
			refuseUnlessEditable(quote);
			if (quote.lines().isEmpty()) {
				throw new Unprocessable("Add at least one product before sending the quote.");
			}
			if (quote.total() == null) {
				throw new Unprocessable("Set a price on every line before sending the quote.");
			}
			if (quote.expiresOn() == null) {
				throw new Unprocessable("Choose the last day the quote is valid before sending it.");
			}
			refuseBadExpiry(quote.expiresOn());
			move(quote, List.of(QuoteRequestStatus.REQUESTED, QuoteRequestStatus.DRAFT), QuoteRequestStatus.SENT, by,
					quote.staffMessage());
			QuoteRequest sent = require(companyId, quoteId);
			publish(companyId, "quote.sent", sent, sent.staffMessage());
			this.mail.sent(sent);
			return sent;
		});
	}

	/** The buyer (or a partner for them) declines a sent quote. */
	QuoteRequest decline(UUID companyId, UUID quoteId, QuoteActor by, String reason) {
		String cleanReason = message(reason);
		QuoteRequest declined = this.tx.execute((status) -> {
			QuoteRequest quote = this.quotes.lock(companyId, quoteId).orElseThrow(QuoteRequestNotFound::new);
			if (quote.status() != QuoteRequestStatus.SENT) {
				throw refusal(quote);
			}
			move(quote, List.of(QuoteRequestStatus.SENT), QuoteRequestStatus.DECLINED, by, cleanReason);
			QuoteRequest after = require(companyId, quoteId);
			publish(companyId, "quote.declined", after, cleanReason);
			return after;
		});
		return declined;
	}

	/**
	 * Withdrawn: by staff while not answered yet, or by the buyer who asked while it is
	 * still a request. Final; {@code quote.withdrawn} says who.
	 */
	QuoteRequest withdraw(UUID companyId, UUID quoteId, QuoteActor by) {
		return this.tx.execute((status) -> {
			QuoteRequest quote = this.quotes.lock(companyId, quoteId).orElseThrow(QuoteRequestNotFound::new);
			boolean buyer = "CONTACT".equals(by.kind());
			if (quote.status().isFinal() || (buyer && quote.status() != QuoteRequestStatus.REQUESTED)) {
				throw refusal(quote);
			}
			move(quote, List.of(quote.status()), QuoteRequestStatus.WITHDRAWN, by, null);
			QuoteRequest withdrawn = require(companyId, quoteId);
			this.events.publish(companyId, "quote.withdrawn", QuoteRequestEvent.of(withdrawn,
					customerName(companyId, withdrawn), null, buyer ? "BUYER" : by.isApiKey() ? "API" : "STAFF"));
			return withdrawn;
		});
	}

	/**
	 * Turns a sent quote into an order at its prices, once: a second accept (double
	 * click, a parallel request) answers the same accepted quote; an expired quote is
	 * refused (and marked expired if the sweep has not got there yet).
	 */
	QuoteRequest accept(UUID companyId, UUID quoteId, QuoteActor by, Buyer buyer) {
		return accept(companyId, quoteId, by, buyer, (buyer != null) ? OrderSource.STOREFRONT : OrderSource.API);
	}

	/**
	 * A team member accepts a sent quote for the customer in the dashboard (they said yes
	 * by phone): the same one-step accept, the order's source DASHBOARD; the buyer who
	 * asked for the quote, if any, is the order's buyer and gets its confirmation.
	 */
	QuoteRequest acceptForCustomer(UUID companyId, UUID quoteId, QuoteActor by) {
		return accept(companyId, quoteId, by, require(companyId, quoteId).buyer(), OrderSource.DASHBOARD);
	}

	private QuoteRequest accept(UUID companyId, UUID quoteId, QuoteActor by, Buyer buyer, OrderSource source) {
		QuoteRequest quote = require(companyId, quoteId);
		if (quote.status() == QuoteRequestStatus.ACCEPTED) {
			return quote;
		}
		LocalDate today = today();
		if (quote.status() == QuoteRequestStatus.SENT && quote.expiredOn(today)) {
			this.tx.executeWithoutResult((status) -> {
				if (this.quotes.expire(companyId, quoteId, today)) {
					expired(require(companyId, quoteId), today);
				}
			});
			throw refusal(require(companyId, quoteId));
		}
		if (quote.status() != QuoteRequestStatus.SENT) {
			throw refusal(quote);
		}
		Map<String, BigDecimal> agreed = new LinkedHashMap<>();
		List<OrderDesk.Item> items = new ArrayList<>();
		for (QuoteRequestLine line : quote.lines()) {
			agreed.put(line.sku(), line.unitPrice());
			items.add(new OrderDesk.Item(line.sku(), line.quantity()));
		}
		try {
			this.desk.placeAgreed(companyId, by.id(), source, quote.customerId(), items, "Quote " + quote.reference(),
					buyer, new AgreedPrices(agreed, "Quoted price, " + quote.reference(), (order) -> {
						if (!this.quotes.accept(companyId, quoteId, today, order.id(), order.number())) {
							throw new QuoteRequestAnswered();
						}
						this.quotes.recordChange(quoteId, QuoteRequestStatus.SENT, QuoteRequestStatus.ACCEPTED, by.id(),
								by.kind(), "Order #" + order.number()
										+ (by.isStaff() ? ", accepted for the customer by " + by.name() : ""),
								now());
						publish(companyId, "quote.accepted", require(companyId, quoteId), null);
					}));
		}
		catch (QuoteRequestAnswered ex) {
			QuoteRequest now = require(companyId, quoteId);
			if (now.status() != QuoteRequestStatus.ACCEPTED) {
				throw refusal(now);
			}
		}
		QuoteRequestMeters.accepted();
		return require(companyId, quoteId);
	}

	/**
	 * The sweep's work: sent quotes past their last day become EXPIRED, a batch at a
	 * time.
	 */
	int expireDue(int batch) {
		LocalDate today = today();
		Integer count = this.tx.execute((status) -> {
			List<QuoteRequest> expired = this.quotes.expireDue(today, batch);
			expired.forEach((quote) -> expired(quote, today));
			return expired.size();
		});
		return (count != null) ? count : 0;
	}

	private void expired(QuoteRequest quote, LocalDate today) {
		this.quotes.recordChange(quote.id(), QuoteRequestStatus.SENT, QuoteRequestStatus.EXPIRED, null, "SYSTEM",
				"Valid until " + DAY.format(quote.expiresOn()), now());
		publish(quote.companyId(), "quote.expired", quote, null);
	}

	private void move(QuoteRequest quote, List<QuoteRequestStatus> from, QuoteRequestStatus to, QuoteActor by,
			String note) {
		if (!this.quotes.move(quote.companyId(), quote.id(), from, to)) {
			throw refusal(require(quote.companyId(), quote.id()));
		}
		this.quotes.recordChange(quote.id(), quote.status(), to, by.id(), by.kind(), note, now());
	}

	private void publish(UUID companyId, String type, QuoteRequest quote, String message) {
		this.events.publish(companyId, type, QuoteRequestEvent.of(quote, customerName(companyId, quote), message));
	}

	private String customerName(UUID companyId, QuoteRequest quote) {
		try {
			return this.customers.require(companyId, quote.customerId()).name();
		}
		catch (RuntimeException unknown) {
			return null;
		}
	}

	/** Why a quote in this state cannot be answered or changed, in words for people. */
	static RuntimeException refusal(QuoteRequest quote) {
		return switch (quote.status()) {
			case ACCEPTED -> new Conflict("This quote was already accepted"
					+ ((quote.orderNumber() != null) ? ": it is order #" + quote.orderNumber() : "") + ".");
			case DECLINED -> new Conflict("This quote was declined.");
			case WITHDRAWN -> new Conflict("This quote was withdrawn.");
			case EXPIRED ->
				new Unprocessable("This quote expired on " + DAY.format(quote.expiresOn()) + ". Ask for a new quote.");
			case SENT -> new Conflict("This quote was sent already; it can no longer be changed.");
			case REQUESTED, DRAFT -> new Conflict("This quote has not been sent yet.");
		};
	}

	private static void refuseUnlessEditable(QuoteRequest quote) {
		if (!quote.status().editable()) {
			throw refusal(quote);
		}
	}

	private void refuseBadExpiry(LocalDate expiresOn) {
		LocalDate today = today();
		if (expiresOn.isBefore(today)) {
			throw new Unprocessable("The last valid day can't be in the past.");
		}
		if (expiresOn.isAfter(today.plusDays(MAX_DAYS_VALID))) {
			throw new Unprocessable("A quote is valid for at most a year.");
		}
	}

	private static String message(String message) {
		if (message == null || message.isBlank()) {
			return null;
		}
		String clean = message.strip();
		if (clean.length() > MAX_MESSAGE) {
			throw new Unprocessable("A message has at most 2,000 characters.");
		}
		return clean;
	}

	private static List<QuoteLineInput> inputs(List<OrderDesk.Item> items) {
		return items.stream().map((item) -> new QuoteLineInput(item.sku(), item.quantity(), null)).toList();
	}

	/**
	 * The lines with names and the customer's prices from catalog; a repeated SKU is
	 * summed, a quoted price is kept ({@code kept}) or given, else it starts at the
	 * customer's price. A product catalog does not know is refused.
	 */
	private Priced priced(UUID customerId, List<QuoteLineInput> inputs, Map<String, QuoteRequestLine> kept,
			boolean storefront) {
		Map<String, QuoteLineInput> merged = new LinkedHashMap<>();
		for (QuoteLineInput input : inputs) {
			String sku = (input.sku() != null) ? input.sku().strip() : "";
			if (sku.isEmpty()) {
				throw new Unprocessable("Choose a product (a SKU) for every line.");
			}
			if (sku.length() > MAX_SKU) {
				throw new Unprocessable("A SKU has at most 100 characters.");
			}
			if (input.quantity() < 1 || input.quantity() > 1_000_000) {
				throw new Unprocessable(sku + ": quantity must be a whole number from 1 to 1,000,000.");
			}
			if (input.unitPrice() != null && (input.unitPrice().signum() < 0 || input.unitPrice().scale() > 2
					|| input.unitPrice().compareTo(MAX_PRICE) > 0)) {
				throw new Unprocessable(sku + ": a price is a number from 0 with at most 2 decimals.");
			}
			merged.merge(sku, new QuoteLineInput(sku, input.quantity(), input.unitPrice()),
					(a, b) -> new QuoteLineInput(sku, Math.min(a.quantity() + b.quantity(), 1_000_000),
							(b.unitPrice() != null) ? b.unitPrice() : a.unitPrice()));
		}
		if (merged.size() > MAX_LINES) {
			throw new Unprocessable("A quote holds at most 200 products.");
		}
		List<OrderDesk.Item> items = merged.values()
			.stream()
			.map((line) -> new OrderDesk.Item(line.sku(), line.quantity()))
			.toList();
		Quote quote = storefront ? this.prices.forStorefront(customerId, items)
				: this.prices.forDashboard(customerId, items);
		List<QuoteRequestLine> lines = new ArrayList<>();
		for (QuoteLineInput input : merged.values()) {
			Quote.Line priced = quote.line(input.sku()).orElse(null);
			if (priced == null || priced.unitPrice() == null) {
				throw new Unprocessable(input.sku() + " is not a product you can quote: "
						+ ((priced != null && priced.problem() != null) ? priced.problem() : "unknown SKU."));
			}
			BigDecimal listPrice = priced.unitPrice().setScale(2, RoundingMode.HALF_UP);
			QuoteRequestLine before = kept.get(input.sku());
			BigDecimal unitPrice = (input.unitPrice() != null) ? input.unitPrice().setScale(2)
					: (before != null && before.unitPrice() != null) ? before.unitPrice() : listPrice;
			lines.add(new QuoteRequestLine(input.sku(), priced.name(), input.quantity(), listPrice, unitPrice));
		}
		return new Priced(lines, quote.currency());
	}

	/** Lines (null: unchanged) and the currency catalog priced them in. */
	record Priced(List<QuoteRequestLine> lines, String currency) {

	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
