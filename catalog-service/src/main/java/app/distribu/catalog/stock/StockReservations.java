package app.distribu.catalog.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.catalog.pricing.PriceOverrides;
import app.distribu.catalog.store.Store;
import app.distribu.catalog.store.StoreRepository;
import app.distribu.platform.events.Outbox;
import app.distribu.platform.web.Unprocessable;

/** Takes and returns stock for orders. */
@Service
class StockReservations {

	private final StockRepository stock;

	private final StockLedger ledger;

	private final PriceOverrides overrides;

	private final StoreRepository stores;

	private final Outbox outbox;

	private final JsonMapper json;

	StockReservations(StockRepository stock, StockLedger ledger, PriceOverrides overrides, StoreRepository stores,
			Outbox outbox, JsonMapper json) {
		this.stock = stock;
		this.ledger = ledger;
		this.overrides = overrides;
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
		Map<UUID, BigDecimal> prices = customerPrices(companyId, terms, products);
		wanted.forEach((sku, quantity) -> {
			StockProduct product = products.get(sku);
			boolean hasOverride = product != null && prices.containsKey(product.id());
			// Stock is left to the conditional update below, which sees the committed
			// count.
			String problem = LineRules.problem(sku, product, quantity, terms, hasOverride, false);
			if (problem != null) {
				throw new Unprocessable(problem);
			}
		});
		// A fixed lock order keeps two multi-line orders from deadlocking each other.
		Map<UUID, String> byProduct = new TreeMap<>();
		wanted.keySet().forEach((sku) -> byProduct.put(products.get(sku).id(), sku));
		byProduct.forEach((productId, sku) -> take(companyId, request, products.get(sku), wanted.get(sku), actor));
		ReservationJson response = answer(companyId, request, products, prices);
		this.stock.saveResponse(request.orderId(), this.json.writeValueAsString(response));
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

	private Map<UUID, BigDecimal> customerPrices(UUID companyId, OrderTerms terms, Map<String, StockProduct> products) {
		if (!terms.appliesOverrides() || products.isEmpty()) {
			return Map.of();
		}
		return this.overrides.prices(companyId, terms.customerId(),
				products.values().stream().map(StockProduct::id).toList());
	}

	private ReservationJson repeated(UUID companyId, UUID orderId) {
		StoredReservation stored = this.stock.find(orderId).orElseThrow();
		if (!stored.companyId().equals(companyId)) {
			throw StockProblems.orderIdTaken();
		}
		return this.json.readValue(stored.response(), ReservationJson.class);
	}

	private ReservationJson answer(UUID companyId, ReservationRequest request, Map<String, StockProduct> products,
			Map<UUID, BigDecimal> prices) {
		String currency = this.stores.findByCompany(companyId).map(Store::currency).orElse(Store.DEFAULT_CURRENCY);
		List<ReservationJson.Line> lines = new ArrayList<>();
		for (ReservationRequest.Line line : request.lines()) {
			StockProduct product = products.get(line.sku().trim());
			BigDecimal price = prices.getOrDefault(product.id(), product.price());
			lines.add(new ReservationJson.Line(product.id(), product.sku(), product.name(), price.toPlainString(),
					line.quantity()));
		}
		return new ReservationJson(request.orderId(), currency, lines);
	}

}
