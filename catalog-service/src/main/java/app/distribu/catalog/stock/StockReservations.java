package app.distribu.catalog.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.catalog.pricing.Price;
import app.distribu.catalog.pricing.PriceBook;
import app.distribu.catalog.pricing.PriceSheet;
import app.distribu.platform.companies.Store;
import app.distribu.platform.companies.Stores;
import app.distribu.platform.events.Outbox;
import app.distribu.platform.web.Unprocessable;

/** Takes and returns stock for orders. */
@Service
class StockReservations {

	private final StockRepository stock;

	private final StockLedger ledger;

	private final PriceBook prices;

	private final Stores stores;

	private final Outbox outbox;

	private final JsonMapper json;

	StockReservations(StockRepository stock, StockLedger ledger, PriceBook prices, Stores stores, Outbox outbox,
			JsonMapper json) {
		this.stock = stock;
		this.ledger = ledger;
		this.prices = prices;
		this.stores = stores;
		this.outbox = outbox;
		this.json = json;
	}

	/** All lines or none: any refusal throws and rolls back every decrement. */
	@Transactional
	ReservationJson reserve(UUID companyId, ReservationRequest request, String actor) {
		if (!this.stock.claim(request.orderId(), companyId, request.source())) {
			return repeated(companyId, request.orderId());
		}
		OrderTerms terms = request.terms();
		Map<String, Integer> wanted = OrderLines.merged(request.lines());
		Map<String, StockProduct> products = this.stock.productsBySku(companyId, wanted.keySet());
		PriceSheet sheet = sheet(companyId, terms, products);
		wanted.forEach((sku, quantity) -> {
			StockProduct product = products.get(sku);
			boolean hasOwnPrice = product != null && sheet.hasOwnPrice(product.id());
			// Stock is left to the conditional update below, which sees the committed
			// count.
			String problem = LineRules.problem(sku, product, quantity, terms, hasOwnPrice, false);
			if (problem != null) {
				throw new Unprocessable(problem);
			}
		});
		// The answer is written before the first product row is locked: every order of a
		// popular product waits for that lock, so it is held for the decrements alone.
		ReservationJson response = answer(companyId, request, wanted, products, sheet);
		this.stock.saveResponse(request.orderId(), this.json.writeValueAsString(response));
		// A fixed lock order keeps two multi-line orders from deadlocking each other.
		Map<UUID, String> byProduct = new TreeMap<>();
		wanted.keySet().forEach((sku) -> byProduct.put(products.get(sku).id(), sku));
		byProduct.forEach((productId, sku) -> take(companyId, request, products.get(sku), wanted.get(sku), actor));
		return response;
	}

	/**
	 * Idempotent: only the first release of a reserved order returns its stock, recorded
	 * as {@code kind}.
	 */
	@Transactional
	boolean release(UUID companyId, UUID orderId, MovementKind kind, String actor) {
		if (!this.stock.markReleased(companyId, orderId)) {
			return false;
		}
		this.stock.lines(companyId, orderId)
			.forEach((productId, quantity) -> this.ledger.move(companyId, productId, quantity, kind, null, orderId,
					actor));
		StockMeters.released(kind);
		return true;
	}

	private void take(UUID companyId, ReservationRequest request, StockProduct product, int quantity, String actor) {
		OptionalInt after = this.ledger.move(companyId, product.id(), -quantity, MovementKind.ORDER, null,
				request.orderId(), actor);
		if (after.isEmpty()) {
			throw new Unprocessable(
					StockProblems.notEnough(product.sku(), this.stock.available(companyId, product.id()), quantity));
		}
		this.stock.addLine(request.orderId(), companyId, product.id(), quantity);
		int threshold = product.lowStockThreshold();
		if (request.source() == Source.STOREFRONT
				&& LowStock.crossed(after.getAsInt() + quantity, after.getAsInt(), threshold)) {
			this.outbox.publish(LowStock.TOPIC, companyId, LowStock.TYPE,
					new LowStock(product.id(), product.sku(), product.name(), after.getAsInt(), threshold));
		}
	}

	private PriceSheet sheet(UUID companyId, OrderTerms terms, Map<String, StockProduct> products) {
		if (!terms.appliesOverrides()) {
			return PriceSheet.catalogOnly();
		}
		return this.prices.sheet(companyId, terms.customerId(),
				products.values().stream().map(StockProduct::id).toList());
	}

	private ReservationJson repeated(UUID companyId, UUID orderId) {
		StoredReservation stored = this.stock.find(orderId).orElseThrow();
		if (!stored.companyId().equals(companyId)) {
			throw StockProblems.orderIdTaken();
		}
		return this.json.readValue(stored.response(), ReservationJson.class);
	}

	/**
	 * Volume prices count the quantity of the SKU over the whole order (lines with one
	 * SKU are merged before anything else).
	 */
	private ReservationJson answer(UUID companyId, ReservationRequest request, Map<String, Integer> wanted,
			Map<String, StockProduct> products, PriceSheet sheet) {
		String currency = this.stores.findByCompany(companyId).map(Store::currency).orElse(Store.DEFAULT_CURRENCY);
		List<ReservationJson.Line> lines = new ArrayList<>();
		for (ReservationRequest.Line line : request.lines()) {
			StockProduct product = products.get(line.sku().trim());
			Price price = sheet.price(product.id(), product.price(), wanted.get(product.sku()));
			lines.add(new ReservationJson.Line(product.id(), product.sku(), product.name(),
					price.unit().toPlainString(), line.quantity(), price.rule(), price.priceList()));
		}
		return new ReservationJson(request.orderId(), currency, lines);
	}

}
