package app.distribu.identity.apikey;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Called by the gateway only; never routed from outside. The key is the credential. */
@RestController
class ApiKeyExchangeController {

	private final ApiKeys apiKeys;

	ApiKeyExchangeController(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@PostMapping("/internal/api-keys/exchange")
	ExchangeResponse exchange(@RequestBody ExchangeRequest request) {
		return this.apiKeys.exchange(request.key());
	}

	record ExchangeRequest(String key) {

	}

}
