package app.distribu.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

	@Test
	void withoutAProxyTheSocketsPeerIsTheClient() {
		assertThat(ClientAddress.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
	}

	@Test
	void behindOurProxyTheRightmostForeignHopIsTheClient() {
		assertThat(ClientAddress.of(request("10.1.2.3", "198.51.100.9, 203.0.113.7"))).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.of(request("127.0.0.1", "203.0.113.7, 10.0.0.5"))).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.of(request("::1", "2001:db8::1"))).isEqualTo("2001:db8::1");
	}

	@Test
	void aForgedHopIsNeverTakenForOneOfOurProxies() {
		// Names and garbage are not our proxies, so they count as the client, never
		// skipped.
		assertThat(ClientAddress.of(request("127.0.0.1", "203.0.113.7, localhost"))).isEqualTo("localhost");
		assertThat(ClientAddress.of(request("127.0.0.1", "203.0.113.7, deadbeef"))).isEqualTo("deadbeef");
		assertThat(ClientAddress.of(request("127.0.0.1", "203.0.113.7, 10.0.0.999"))).isEqualTo("10.0.0.999");
	}

	@Test
	void longHopsAreClipped() {
		assertThat(ClientAddress.of(request("127.0.0.1", "x".repeat(500)))).hasSize(64);
	}

	private static MockHttpServletRequest request(String peer, String forwarded) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		request.addHeader("X-Forwarded-For", forwarded);
		return request;
	}

}
