package app.distribu.order.ordering;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import app.distribu.order.ServiceUrls;
import app.distribu.platform.web.DomainProblem;
import app.distribu.platform.web.Unprocessable;

/** catalog-service's stock reservations, called with the caller's token. */
@Component
class CatalogReservationsClient {

	private static final Logger log = LoggerFactory.getLogger(CatalogReservationsClient.class);

	private final RestClient catalog;

	private final JsonMapper json;

	CatalogReservationsClient(RestClient.Builder builder, ServiceUrls urls, JsonMapper json) {
		this.catalog = builder.clone().baseUrl(urls.catalogUrl()).build();
		this.json = json;
	}

	/**
	 * Reserves all lines or none; catalog's refusal (unknown SKU, short stock) is ours.
	 */
	Reservation reserve(UUID orderId, OrderSource source, Pricing pricing, UUID customerId, List<RequestedLine> lines) {
		try {
			Reservation reservation = this.catalog.post()
				.uri("/internal/stock-reservations")
				.body(new ReserveRequest(orderId, source, pricing, customerId, lines))
				.retrieve()
				.onStatus((status) -> status.value() == 422, (request, response) -> {
					JsonNode problem = this.json.readTree(response.getBody());
					throw new Unprocessable(problem.path("detail").asString("Stock could not be reserved."));
				})
				.body(Reservation.class);
			if (reservation == null || reservation.lines() == null || reservation.lines().isEmpty()) {
				throw new CatalogUnavailable();
			}
			return reservation;
		}
		catch (DomainProblem ex) {
			throw ex;
		}
		catch (RestClientException ex) {
			// The reservation may or may not exist: give it back, it is idempotent.
			releaseQuietly(orderId);
			throw new CatalogUnavailable();
		}
	}

	void release(UUID orderId) {
		this.catalog.delete().uri("/internal/stock-reservations/{orderId}", orderId).retrieve().toBodilessEntity();
	}

	void releaseQuietly(UUID orderId) {
		try {
			release(orderId);
		}
		catch (RuntimeException ex) {
			log.warn("Could not release the stock reservation of order {}: {}", orderId, ex.getMessage());
		}
	}

	/**
	 * {@code pricing} "customer" asks catalog to apply the customer's price overrides.
	 */
	record ReserveRequest(UUID orderId, OrderSource source, Pricing pricing, UUID customerId,
			List<RequestedLine> lines) {

	}

}
