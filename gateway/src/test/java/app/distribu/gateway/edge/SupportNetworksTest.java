package app.distribu.gateway.edge;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SupportNetworksTest {

	@Test
	void unsetProductionAllowsOurOwnNetworksOnlyAndALocalStackEveryone() {
		SupportNetworks production = new SupportNetworks(List.of(), true, new ErrorPages());
		assertThat(reaches(production, "10.1.2.3", null)).isTrue();
		assertThat(reaches(production, "10.1.2.3", "203.0.113.9")).as("through the ingress").isFalse();
		assertThat(reaches(production, "203.0.113.9", null)).isFalse();

		SupportNetworks local = new SupportNetworks(List.of(""), false, new ErrorPages());
		assertThat(reaches(local, "203.0.113.9", null)).isTrue();
		assertThat(reaches(local, "2001:db8::1", null)).isTrue();
	}

	@Test
	void rangesMatchByPrefixAndAreLiteralOnly() {
		Cidr office = Cidr.parse("198.51.100.0/24");
		assertThat(office.contains("198.51.100.255")).isTrue();
		assertThat(office.contains("198.51.101.0")).isFalse();
		assertThat(office.contains("::ffff:198.51.100.4")).as("IPv4-mapped").isTrue();
		assertThat(office.contains("localhost")).as("names are never resolved").isFalse();
		assertThat(Cidr.parse("2001:db8::/32").contains("2001:db8:ffff::1")).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("10.0.0.0/33"));
		assertThatIllegalArgumentException().isThrownBy(() -> Cidr.parse("office"));
	}

	private static boolean reaches(SupportNetworks networks, String peer, String forwardedFor) {
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/support/audit")
			.remoteAddress(new InetSocketAddress(peer, 40000));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		boolean[] passed = { false };
		networks.filter(exchange, (forwarded) -> {
			passed[0] = true;
			return Mono.empty();
		}).block();
		return passed[0];
	}

}
