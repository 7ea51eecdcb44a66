package app.distribu.identity.sso;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

import app.distribu.platform.outbound.OutboundDecision;
import app.distribu.platform.outbound.OutboundDecision.Allowed;
import app.distribu.platform.outbound.OutboundGuard;
import app.distribu.platform.outbound.OutboundResponse;
import app.distribu.platform.outbound.PinnedHttpClient;

/**
 * Spring's HTTP client seam over the outbound guard: each request (discovery, the token
 * exchange, Nimbus's key fetch) is checked after DNS, then sent by the
 * {@link PinnedHttpClient} to the address that was checked, under one deadline, with
 * redirects returned rather than followed. A refused URL is an {@link AddressRefused} and
 * nothing is sent.
 */
final class GuardedRequests implements ClientHttpRequestFactory {

	private static final Logger log = LoggerFactory.getLogger(GuardedRequests.class);

	/** The client frames the body itself; a copy of these would be refused or wrong. */
	private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "host", "connection");

	private final OutboundGuard guard;

	private final PinnedHttpClient http;

	private final Duration deadline;

	private final int maxBody;

	GuardedRequests(OutboundGuard guard, PinnedHttpClient http, Duration deadline, int maxBody) {
		this.guard = guard;
		this.http = http;
		this.deadline = deadline;
		this.maxBody = maxBody;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
		return new Request(uri, method);
	}

	private OutboundResponse send(URI uri, HttpMethod method, HttpHeaders headers, byte[] body) throws IOException {
		OutboundDecision decision = this.guard.check(uri.toString());
		if (decision instanceof OutboundDecision.Refused refused) {
			log.warn("Nothing sent to identity provider host {}: it {}", uri.getHost(), refused.detail());
			throw new AddressRefused(refused);
		}
		Allowed allowed = (Allowed) decision;
		Map<String, String> sent = new LinkedHashMap<>();
		headers.forEach((name, values) -> {
			if (!FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
				sent.put(name, String.join(", ", values));
			}
		});
		if (HttpMethod.GET.equals(method)) {
			return this.http.get(allowed, sent, this.deadline, this.maxBody);
		}
		if (HttpMethod.POST.equals(method)) {
			return this.http.post(allowed, sent, body, this.deadline, this.maxBody);
		}
		throw new IOException(method + " is not a request identity sends to a provider");
	}

	/** The guard refused the URL before anything was sent. */
	static final class AddressRefused extends IOException {

		private final transient OutboundDecision.Refused refused;

		AddressRefused(OutboundDecision.Refused refused) {
			super(refused.describe("The identity provider's address"));
			this.refused = refused;
		}

		OutboundDecision.Refused refused() {
			return this.refused;
		}

	}

	private final class Request extends AbstractBufferingClientHttpRequest {

		private final URI uri;

		private final HttpMethod method;

		Request(URI uri, HttpMethod method) {
			this.uri = uri;
			this.method = method;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
			return new Response(send(this.uri, this.method, headers, body));
		}

	}

	/** The whole (bounded) answer was read within the deadline; nothing is left open. */
	private static final class Response implements ClientHttpResponse {

		private final OutboundResponse answer;

		private final HttpHeaders headers = new HttpHeaders();

		Response(OutboundResponse answer) {
			this.answer = answer;
			answer.headers().forEach(this.headers::add);
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.answer.status());
		}

		@Override
		public String getStatusText() {
			HttpStatus known = HttpStatus.resolve(this.answer.status());
			return (known != null) ? known.getReasonPhrase() : "";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.answer.excerpt().getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public void close() {
		}

	}

}
