package app.distribu.gateway.customdomain;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import app.distribu.gateway.edge.ErrorPages;

/**
 * Serves a store at its verified custom domain. On such a host {@code /} is the
 * storefront, {@code /cart} its cart and so on ({@code /store/{slug}} is put in front of
 * the path), while {@code /store/{slug}/...} of that store, the shared assets, product
 * images and the help center pass unchanged. Other stores and the dashboard are not
 * served there. Cookies the storefront sets for {@code /store/{slug}} are widened to
 * {@code /}: the whole domain is that store.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CustomDomainFilter implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger(CustomDomainFilter.class);

	private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");

	private static final List<String> SHARED = List.of("/assets/", "/media/", "/help", "/favicon.ico");

	private final StoreDomains domains;

	private final Set<String> ownHosts;

	private final ErrorPages errors;

	CustomDomainFilter(StoreDomains domains, DomainProperties properties, ErrorPages errors) {
		this.domains = domains;
		this.ownHosts = properties.ownHosts();
		this.errors = errors;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		InetSocketAddress address = exchange.getRequest().getHeaders().getHost();
		String host = (address != null) ? address.getHostString().toLowerCase(Locale.ROOT) : "";
		if (!isCustomDomain(host) || exchange.getRequest().getPath().value().startsWith("/actuator")) {
			return chain.filter(exchange);
		}
		return this.domains.slugOf(host).onErrorResume((failure) -> {
			log.warn("Could not look up the custom domain {}: {}", host, failure.toString());
			return Mono
				.error(new org.springframework.web.server.ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE));
		}).flatMap((slug) -> {
			if (slug.isEmpty()) {
				return this.errors.write(exchange.getResponse(), HttpStatus.NOT_FOUND, "Store not found",
						"There is no store at " + host + ". If this is your domain, check that it shows as "
								+ "Verified in Settings → Storefront.",
						"/store/");
			}
			return serve(exchange, chain, slug.get());
		});
	}

	private Mono<Void> serve(ServerWebExchange exchange, WebFilterChain chain, String slug) {
		String path = exchange.getRequest().getPath().value();
		String store = "/store/" + slug;
		String target;
		if (path.equals(store) || path.startsWith(store + "/") || SHARED.stream().anyMatch(path::startsWith)) {
			target = path;
		}
		else if (path.startsWith("/store/") || path.equals("/store") || path.startsWith("/dashboard")
				|| path.startsWith("/api/") || path.startsWith("/support")) {
			return this.errors.write(exchange.getResponse(), HttpStatus.NOT_FOUND, "Page not found",
					"This address shows one store only. Check the link you followed.", "/store/");
		}
		else {
			target = path.equals("/") ? store : store + path;
		}
		exchange.getResponse().beforeCommit(() -> {
			widenCookies(exchange.getResponse().getHeaders(), store);
			return Mono.empty();
		});
		ServerWebExchange routed = exchange.mutate().request((request) -> request.path(target)).build();
		return chain.filter(routed);
	}

	private static void widenCookies(HttpHeaders headers, String store) {
		List<String> cookies = headers.get(HttpHeaders.SET_COOKIE);
		if (cookies == null || cookies.isEmpty()) {
			return;
		}
		List<String> widened = cookies.stream()
			.map((cookie) -> cookie.replaceAll("(?i);\\s*Path=" + Pattern.quote(store) + "/?(?=;|$)", "; Path=/"))
			.toList();
		headers.put(HttpHeaders.SET_COOKIE, widened);
	}

	private boolean isCustomDomain(String host) {
		return !host.isEmpty() && !this.ownHosts.contains(host) && HOST_NAME.matcher(host).matches()
				&& host.contains(".") && !host.matches("[0-9.]+") && !host.endsWith(".svc.cluster.local");
	}

}
