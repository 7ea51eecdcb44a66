package app.distribu.identity.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * billing-service as the console sees it: invoices and subscriptions to look at, and the
 * billing actions, called with the agent's own token (identity never reads billing's
 * tables). Every action carries the console's action id, so a retried request acts once.
 */
@Component
class BillingConsole {

	private final RestClient billing;

	private final JsonMapper json;

	BillingConsole(RestClient.Builder builder, SupportBillingProperties properties, JsonMapper json) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(Duration.ofSeconds(2));
		// A refund goes on to the payment provider: give it time.
		requests.setReadTimeout(Duration.ofSeconds(30));
		this.billing = builder.baseUrl(properties.url()).requestFactory(requests).build();
		this.json = json;
	}

	JsonNode invoice(String reference) {
		return call("GET", "/internal/support/invoices/{reference}", null, reference);
	}

	JsonNode company(UUID companyId) {
		return call("GET", "/internal/support/companies/{id}", null, companyId);
	}

	JsonNode settle(UUID invoiceId, UUID actionId, String reason) {
		return call("POST", "/internal/support/invoices/{id}/settlements", body("actionId", actionId, "reason", reason),
				invoiceId);
	}

	JsonNode refund(UUID invoiceId, UUID actionId, String amount, String reason) {
		return call("POST", "/internal/support/invoices/{id}/refunds",
				body("actionId", actionId, "amount", amount, "reason", reason), invoiceId);
	}

	JsonNode moveToEnterprise(UUID companyId, UUID actionId, String interval, String price, String reason) {
		return call("POST", "/internal/support/companies/{id}/enterprise",
				body("actionId", actionId, "interval", interval, "price", price, "reason", reason), companyId);
	}

	private JsonNode call(String method, String path, Map<String, Object> body, Object variable) {
		try {
			RestClient.RequestBodySpec request = this.billing
				.method(org.springframework.http.HttpMethod.valueOf(method))
				.uri(path, variable);
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(this.json.writeValueAsString(body));
			}
			return request.exchange((req, response) -> {
				HttpStatusCode status = response.getStatusCode();
				String text = new String(response.getBody().readAllBytes());
				if (status.value() == 404) {
					throw new BillingRefused("No such invoice or company in billing.");
				}
				if (status.is4xxClientError()) {
					throw new BillingRefused(detail(text));
				}
				if (!status.is2xxSuccessful()) {
					throw new BillingUnavailable();
				}
				return this.json.readTree(text);
			});
		}
		catch (RestClientException ex) {
			throw new BillingUnavailable();
		}
	}

	private String detail(String problem) {
		try {
			JsonNode detail = this.json.readTree(problem).path("detail");
			return detail.isString() ? detail.asString() : "Billing refused the request.";
		}
		catch (RuntimeException notJson) {
			return "Billing refused the request.";
		}
	}

	private static Map<String, Object> body(Object... namesAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			body.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return body;
	}

}
