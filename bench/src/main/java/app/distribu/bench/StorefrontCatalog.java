package app.distribu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Anonymous visitors loading the storefront's catalog page. */
final class StorefrontCatalog {

	private final URI page;

	StorefrontCatalog(URI baseUrl, String slug) {
		this.page = baseUrl.resolve("/store/" + slug);
	}

	Load.Operation operation(int clients) {
		List<HttpClient> https = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			https.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		}
		return (client) -> {
			HttpResponse<Void> response = https.get(client)
				.send(HttpRequest.newBuilder(this.page).GET().build(), HttpResponse.BodyHandlers.discarding());
			return String.valueOf(response.statusCode());
		};
	}

}
