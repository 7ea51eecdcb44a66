package app.distribu.order.dashboard;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import app.distribu.order.ServiceUrls;

/**
 * Finds products by SKU or name at catalog-service's API, as the signed-in team member
 * (their token travels along), inactive ones included: dashboard orders may use them.
 */
@Component
class ProductSearch {

	private final RestClient catalog;

	ProductSearch(RestClient.Builder builder, ServiceUrls urls) {
		this.catalog = builder.clone().baseUrl(urls.catalogUrl()).build();
	}

	/**
	 * Up to 20 matches; empty when catalog can't answer, the form still takes a typed
	 * SKU.
	 */
	List<Found> find(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		try {
			JsonNode page = this.catalog.get()
				.uri((uri) -> uri.path("/api/v1/products")
					.queryParam("q", query.trim())
					.queryParam("limit", 20)
					.build())
				.retrieve()
				.body(JsonNode.class);
			if (page == null) {
				return List.of();
			}
			return page.path("data")
				.valueStream()
				.map((p) -> new Found(p.path("sku").asString(), p.path("name").asString(), p.path("price").asString(),
						p.path("stock").asInt(), p.path("active").asBoolean(true)))
				.toList();
		}
		catch (RestClientException ex) {
			return List.of();
		}
	}

	public record Found(String sku, String name, String price, int stock, boolean active) {

	}

}
