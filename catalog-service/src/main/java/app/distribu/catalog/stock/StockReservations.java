package app.distribu.catalog.stock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.catalog.store.Store;
import app.distribu.catalog.store.StoreRepository;

/** Takes and returns stock for orders. */
@Service
class StockReservations {

	private final StockRepository stock;

	private final StoreRepository stores;

	private final JsonMapper json;

	StockReservations(StockRepository stock, StoreRepository stores, JsonMapper json) {
		this.stock = stock;
		this.stores = stores;
		this.json = json;
	}

	/** All lines or none: any refusal throws and rolls back every decrement. */
	@Transactional
	ReservationJson reserve(UUID companyId, ReservationRequest request) {
		if (!this.stock.claim(request.orderId(), companyId, request.source())) {
			return repeated(companyId, request.orderId());
		}
		Map<String, Integer> wanted = new LinkedHashMap<>();
		request.lines().forEach((line) -> wanted.merge(line.sku().trim(), line.quantity(), Integer::sum));
		Map<String, StockProduct> products = this.stock.productsBySku(companyId, wanted.keySet());
		for (String sku : wanted.keySet()) {
			StockProduct product = products.get(sku);
			if (product == null) {
				throw StockProblems.unknownSku(sku);
			}
			if (!product.active() && request.source() != Source.DASHBOARD) {
				throw StockProblems.inactive(sku);
			}
		}
		// A fixed lock order keeps two multi-line orders from deadlocking each other.
		Map<UUID, String> byProduct = new TreeMap<>();
		wanted.keySet().forEach((sku) -> byProduct.put(products.get(sku).id(), sku));
		byProduct.forEach((productId, sku) -> {
			int quantity = wanted.get(sku);
			if (!this.stock.take(companyId, productId, quantity)) {
				throw StockProblems.notEnough(sku, this.stock.available(companyId, productId), quantity);
			}
			this.stock.addLine(request.orderId(), companyId, productId, quantity);
		});
		ReservationJson response = answer(companyId, request, products);
		this.stock.saveResponse(request.orderId(), this.json.writeValueAsString(response));
		return response;
	}

	/** Idempotent: only the first release of a reserved order returns its stock. */
	@Transactional
	boolean release(UUID companyId, UUID orderId) {
		if (!this.stock.markReleased(companyId, orderId)) {
			return false;
		}
		this.stock.returnStock(companyId, orderId);
		return true;
	}

	private ReservationJson repeated(UUID companyId, UUID orderId) {
		StoredReservation stored = this.stock.find(orderId).orElseThrow();
		if (!stored.companyId().equals(companyId)) {
			throw StockProblems.orderIdTaken();
		}
		return this.json.readValue(stored.response(), ReservationJson.class);
	}

	private ReservationJson answer(UUID companyId, ReservationRequest request, Map<String, StockProduct> products) {
		String currency = this.stores.findByCompany(companyId).map(Store::currency).orElse(Store.DEFAULT_CURRENCY);
		List<ReservationJson.Line> lines = new ArrayList<>();
		for (ReservationRequest.Line line : request.lines()) {
			StockProduct product = products.get(line.sku().trim());
			lines.add(new ReservationJson.Line(product.id(), product.sku(), product.name(),
					product.price().toPlainString(), line.quantity()));
		}
		return new ReservationJson(request.orderId(), currency, lines);
	}

}
