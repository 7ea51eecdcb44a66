package app.distribu.identity.sso;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;

import app.distribu.platform.outbound.HostResolver;
import app.distribu.platform.outbound.OutboundGuard;
import app.distribu.platform.outbound.OutboundPolicy;
import app.distribu.platform.outbound.PinnedHttpClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A provider that answers every request with a redirect (here to another loopback server)
 * sends identity nowhere: discovery, the token exchange and the key fetch each fail, and
 * the redirect's target never sees a request.
 */
class ProviderRedirectsTest {

	private HttpServer provider;

	private HttpServer elsewhere;

	private final AtomicInteger reachedElsewhere = new AtomicInteger();

	private final PinnedHttpClient pinned = new PinnedHttpClient(4, 4);

	/** As in tests and the local stack: loopback allowed by configuration. */
	private final ProviderHttp http = new ProviderHttp(
			new OutboundGuard(new OutboundPolicy(false, true), HostResolver.SYSTEM), this.pinned);

	@BeforeEach
	void start() throws IOException {
		this.elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.elsewhere.createContext("/", (exchange) -> {
			this.reachedElsewhere.incrementAndGet();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.elsewhere.start();
		this.provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.provider.createContext("/", (exchange) -> {
			exchange.getResponseHeaders()
				.set("Location", "http://127.0.0.1:" + this.elsewhere.getAddress().getPort() + "/internal-thing");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		this.provider.start();
	}

	@AfterEach
	void stop() throws IOException {
		this.provider.stop(0);
		this.elsewhere.stop(0);
		this.pinned.close();
	}

	@Test
	void discoveryFollowsNoRedirect() {
		assertThatExceptionOfType(SsoProblem.class).isThrownBy(() -> new Discovery(this.http).fetch(providerUrl()))
			.withMessageContaining("with a redirect, which Distribu does not follow");
		assertThat(this.reachedElsewhere).hasValue(0);
	}

	@Test
	void theTokenExchangeFollowsNoRedirect() {
		assertThatException().isThrownBy(() -> ProviderCalls.exchangeCode(this.http, registration()));
		assertThat(this.reachedElsewhere).hasValue(0);
	}

	@Test
	void theKeyFetchFollowsNoRedirect() {
		assertThatException().isThrownBy(() -> ProviderCalls.checkIdToken(this.http, registration()));
		assertThat(this.reachedElsewhere).hasValue(0);
	}

	private ClientRegistration registration() {
		return ProviderCalls.registration(providerUrl(), providerUrl() + "/token", providerUrl() + "/keys");
	}

	private String providerUrl() {
		return "http://127.0.0.1:" + this.provider.getAddress().getPort();
	}

}
