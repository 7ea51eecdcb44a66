package app.distribu.gateway.edge;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The support console ({@code /support}, {@code /support/**}) answers only clients from
 * {@code SUPPORT_NETWORKS}; anyone else gets the 404 of an unknown address (the branded
 * page for a browser, a problem detail otherwise), as if there were no console. Unset,
 * production allows our own networks only (VPN, office behind the ingress), and a local
 * stack allows everyone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class SupportNetworks implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger(SupportNetworks.class);

	private final List<Cidr> allowed;

	private final ErrorPages errors;

	SupportNetworks(@Value("${distribu.gateway.support-networks:}") List<String> configured,
			@Value("${distribu.secrets.production:false}") boolean production, ErrorPages errors) {
		this.errors = errors;
		List<String> ranges = configured.stream().map(String::trim).filter((range) -> !range.isEmpty()).toList();
		if (!ranges.isEmpty()) {
			this.allowed = ranges.stream().map(Cidr::parse).toList();
		}
		else {
			this.allowed = production ? ClientAddress.OUR_NETWORKS
					: List.of(Cidr.parse("0.0.0.0/0"), Cidr.parse("::/0"));
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (!path.equals("/support") && !path.startsWith("/support/")) {
			return chain.filter(exchange);
		}
		String client = ClientAddress.of(exchange.getRequest());
		if (this.allowed.stream().anyMatch((network) -> network.contains(client))) {
			return chain.filter(exchange);
		}
		log.warn("Support console refused to {}: not in SUPPORT_NETWORKS", client);
		return this.errors.notFound(exchange);
	}

}
