package app.distribu.gateway.apidocs;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The merged document is public: it describes the API, it grants nothing. */
@RestController
class ApiDescriptionController {

	static final String PATH = "/api/v1/openapi.json";

	private final ApiDescriptions descriptions;

	ApiDescriptionController(ApiDescriptions descriptions) {
		this.descriptions = descriptions;
	}

	@GetMapping(PATH)
	Mono<ResponseEntity<String>> openApi() {
		return this.descriptions.document()
			.map((doc) -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(doc));
	}

	@GetMapping("/docs/api")
	Mono<ResponseEntity<Void>> browsable() {
		return Mono.just(ResponseEntity.status(302).header("Location", "/docs/api/index.html").build());
	}

}
