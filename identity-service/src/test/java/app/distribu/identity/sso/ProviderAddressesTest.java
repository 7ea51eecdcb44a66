package app.distribu.identity.sso;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.distribu.platform.outbound.HostResolver;
import app.distribu.platform.outbound.OutboundGuard;
import app.distribu.platform.outbound.OutboundPolicy;
import app.distribu.platform.outbound.PinnedHttpClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The outbound guard decides on every provider URL before anything is sent: the issuer an
 * owner types, and the token and key URLs a provider's document names. Names resolve
 * through a table, never DNS. A name that "resolves inside" answers the loopback provider
 * first and a private address second: the guard refuses it for the private one, and a
 * client that skipped the guard would connect to the loopback provider, which counts what
 * reaches it — so nothing is ever sent beyond 127.0.0.0/8, even by a broken build.
 */
class ProviderAddressesTest {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final PinnedHttpClient pinned = new PinnedHttpClient(4, 4);

	private HttpServer provider;

	private String document = "{}";

	@BeforeEach
	void start() throws IOException {
		this.provider = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
		this.provider.createContext("/", (exchange) -> {
			this.received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
			byte[] body = this.document.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.provider.start();
	}

	@AfterEach
	void stop() throws IOException {
		this.provider.stop(0);
		this.pinned.close();
	}

	@Test
	void anIssuerInsideOurNetworkIsRefusedBeforeAnythingIsSent() {
		Discovery discovery = new Discovery(http(true));
		Map<String, String> refused = Map.of("http://169.254.169.254/latest/meta-data",
				"(169.254.169.254, a cloud metadata address)", "http://10.1.2.3/realms/acme",
				"(10.1.2.3, a private network address)", "http://[fd00:ec2::254]/realms/acme",
				"(fd00:ec2:0:0:0:0:0:254, a cloud metadata address)", "http://inside.test:" + port() + "/realms/acme",
				"(10.1.2.3, a private network address)", "http://link-local.test:" + port() + "/realms/acme",
				"(169.254.10.20, a link-local address)");

		refused.forEach((issuer, address) -> assertThatExceptionOfType(SsoProblem.class).as(issuer)
			.isThrownBy(() -> discovery.fetch(issuer))
			.withMessage("The issuer URL resolves to a private or local network address " + address
					+ "; only public internet addresses can be called."));
		assertThat(this.received).isEmpty();
	}

	@Test
	void anIssuerWithAPasswordInItsUrlIsRefusedInWordsForSso() {
		assertThatExceptionOfType(SsoProblem.class)
			.isThrownBy(() -> new Discovery(http(true)).fetch("https://admin:secret@idp.example/realms/acme"))
			.withMessage("The issuer URL must not contain a user name or password.");
		assertThat(this.received).isEmpty();
	}

	@Test
	void loopbackIsAllowedOnlyByConfiguration() {
		String issuer = "http://127.0.0.1:" + port();
		this.document = discoveryDocument(issuer, issuer + "/token", issuer + "/keys");

		assertThatExceptionOfType(SsoProblem.class).isThrownBy(() -> new Discovery(http(false)).fetch(issuer))
			.withMessage("The issuer URL resolves to a private or local network address (127.0.0.1, a loopback "
					+ "address); only public internet addresses can be called.");
		assertThat(this.received).isEmpty();

		assertThat(new Discovery(http(true)).fetch(issuer).tokenEndpoint()).isEqualTo(issuer + "/token");
		assertThat(this.received).containsExactly("GET /.well-known/openid-configuration");
	}

	@Test
	void aDiscoveryDocumentNamingAddressesInsideOurNetworkIsRefused() {
		String issuer = "http://127.0.0.1:" + port();
		Discovery discovery = new Discovery(http(true));

		this.document = discoveryDocument(issuer, "http://inside.test:" + port() + "/token", issuer + "/keys");
		assertThatExceptionOfType(SsoProblem.class).isThrownBy(() -> discovery.fetch(issuer))
			.withMessage("The token_endpoint http://inside.test:" + port() + "/token in the discovery document at "
					+ issuer + "/.well-known/openid-configuration resolves to a private or local network address "
					+ "(10.1.2.3, a private network address); only public internet addresses can be called.");

		this.document = discoveryDocument(issuer, issuer + "/token", "http://169.254.169.254/keys");
		assertThatExceptionOfType(SsoProblem.class).isThrownBy(() -> discovery.fetch(issuer))
			.withMessageStartingWith("The jwks_uri http://169.254.169.254/keys in the discovery document at ")
			.withMessageContaining("(169.254.169.254, a cloud metadata address)");

		this.document = discoveryDocument(issuer, "file:///etc/passwd", issuer + "/keys");
		assertThatExceptionOfType(SsoProblem.class).isThrownBy(() -> discovery.fetch(issuer))
			.withMessageEndingWith("must start with http:// or https://.");

		assertThat(this.received).as("only the documents themselves")
			.containsOnly("GET /.well-known/openid-configuration")
			.hasSize(3);
	}

	/**
	 * The token and key URLs are checked again at every request: a provider's name that
	 * was public when the registration was built may resolve inside our network by the
	 * time someone signs in (DNS rebinding).
	 */
	@Test
	void theTokenExchangeAndTheKeyFetchAreCheckedAtEveryRequest() {
		String inside = "http://inside.test:" + port();
		ProviderHttp http = http(true);
		var registration = ProviderCalls.registration("http://127.0.0.1:" + port(), inside + "/token",
				inside + "/keys");

		assertThatException().isThrownBy(() -> ProviderCalls.exchangeCode(http, registration))
			.withRootCauseInstanceOf(GuardedRequests.AddressRefused.class);
		assertThatException().isThrownBy(() -> ProviderCalls.checkIdToken(http, registration))
			.withStackTraceContaining("(10.1.2.3, a private network address)");
		assertThat(this.received).isEmpty();
	}

	/**
	 * @param allowLoopback as tests and the local stack configure it; never private,
	 * link-local or metadata addresses
	 */
	private ProviderHttp http(boolean allowLoopback) {
		return new ProviderHttp(new OutboundGuard(new OutboundPolicy(false, allowLoopback), this::resolve),
				this.pinned);
	}

	/** Literal addresses parse without DNS; the test's names come from this table. */
	private InetAddress[] resolve(String host) throws UnknownHostException {
		return switch (host) {
			case "inside.test" -> new InetAddress[] { LOOPBACK, address("10.1.2.3") };
			case "link-local.test" -> new InetAddress[] { LOOPBACK, address("169.254.10.20") };
			default -> {
				if (!Character.isDigit(host.charAt(0)) && !host.contains(":")) {
					throw new UnknownHostException(host + " is not in the test's table");
				}
				yield HostResolver.SYSTEM.resolve(host);
			}
		};
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

	private static String discoveryDocument(String issuer, String tokenEndpoint, String jwksUri) {
		return """
				{"issuer": "%s", "authorization_endpoint": "%s/auth", "token_endpoint": "%s", "jwks_uri": "%s"}"""
			.formatted(issuer, issuer, tokenEndpoint, jwksUri);
	}

	private int port() {
		return this.provider.getAddress().getPort();
	}

}
