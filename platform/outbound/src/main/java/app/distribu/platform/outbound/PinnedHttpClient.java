package app.distribu.platform.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import app.distribu.platform.outbound.OutboundDecision.Allowed;

/**
 * POSTs (or GETs) to an address the {@link OutboundGuard} allowed. The connection goes to
 * {@link Allowed#address()} while TLS and the {@code Host} header use the host name; the
 * client cannot look a host up at all, so no second DNS answer can slip in. One deadline
 * covers connecting, sending, the headers and the body excerpt: a receiver that answers
 * slowly, or sends headers and then stalls, is cut off when it passes. Redirects are
 * returned as they are, never followed, and nothing is retried here.
 */
public final class PinnedHttpClient implements AutoCloseable {

	private static final DnsResolver NO_LOOKUPS = new DnsResolver() {

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			throw new UnknownHostException(host + " was not checked: connect only to checked addresses");
		}

		@Override
		public String resolveCanonicalHostname(String host) throws UnknownHostException {
			throw new UnknownHostException(host + " was not checked: connect only to checked addresses");
		}

	};

	private final CloseableHttpClient client;

	private final ScheduledExecutorService deadlines;

	/**
	 * @param maxConnections kept-alive connections in total
	 * @param maxPerAddress kept-alive connections per (host, address, port)
	 */
	public PinnedHttpClient(int maxConnections, int maxPerAddress) {
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(NO_LOOKUPS)
				.setMaxConnTotal(maxConnections)
				.setMaxConnPerRoute(maxPerAddress)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setValidateAfterInactivity(TimeValue.ofSeconds(1))
					.setTimeToLive(TimeValue.ofMinutes(1))
					.build())
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.evictIdleConnections(TimeValue.ofSeconds(30))
			.build();
		ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "outbound-deadlines");
			thread.setDaemon(true);
			return thread;
		});
		scheduler.setRemoveOnCancelPolicy(true);
		this.deadlines = scheduler;
	}

	/**
	 * Sends {@code body} and returns the status, headers and up to {@code excerptBytes}
	 * of the answer's body, or throws {@link OutboundFailure} when no complete answer
	 * came within {@code deadline}.
	 */
	public OutboundResponse post(Allowed target, Map<String, String> headers, byte[] body, Duration deadline,
			int excerptBytes) throws OutboundFailure {
		HttpPost request = new HttpPost(target.uri());
		request.setEntity(new ByteArrayEntity(body, null));
		return send(target, request, headers, deadline, excerptBytes);
	}

	/** As {@link #post}, for reading a document (no body sent). */
	public OutboundResponse get(Allowed target, Map<String, String> headers, Duration deadline, int excerptBytes)
			throws OutboundFailure {
		return send(target, new HttpGet(target.uri()), headers, deadline, excerptBytes);
	}

	private OutboundResponse send(Allowed target, HttpUriRequestBase request, Map<String, String> headers,
			Duration deadline, int excerptBytes) throws OutboundFailure {
		long start = System.nanoTime();
		HttpHost host = new HttpHost(target.https() ? "https" : "http", target.address(), target.host(), target.port());
		headers.forEach(request::setHeader);
		request.setConfig(config(Timeout.of(deadline)));
		AtomicBoolean late = new AtomicBoolean();
		ScheduledFuture<?> cutOff = this.deadlines.schedule(() -> {
			late.set(true);
			request.cancel();
		}, deadline.toNanos(), TimeUnit.NANOSECONDS);
		ClassicHttpResponse response = null;
		try {
			response = this.client.executeOpen(host, request, null);
			Map<String, String> received = new LinkedHashMap<>();
			for (Header header : response.getHeaders()) {
				received.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
			}
			String excerpt = excerpt(response.getEntity(), excerptBytes, request);
			if (late.get()) {
				throw new InterruptedIOException("deadline passed");
			}
			return new OutboundResponse(response.getCode(), received, excerpt, since(start));
		}
		catch (IOException | RuntimeException ex) {
			throw failure(ex, target, late.get(), deadline, since(start));
		}
		finally {
			cutOff.cancel(false);
			closeQuietly(response);
		}
	}

	/**
	 * A connection dropped on purpose (cut-off excerpt, deadline) fails to close cleanly.
	 */
	private static void closeQuietly(ClassicHttpResponse response) {
		if (response == null) {
			return;
		}
		try {
			response.close();
		}
		catch (IOException ex) {
			// nothing to keep: the connection is not reused
		}
	}

	/**
	 * Every wait ends by the deadline. A connect can't be cancelled from outside, so its
	 * own timeout (settable per request only through the deprecated setter) must be the
	 * deadline too.
	 */
	@SuppressWarnings("deprecation")
	private static RequestConfig config(Timeout timeout) {
		return RequestConfig.custom()
			.setConnectTimeout(timeout)
			.setConnectionRequestTimeout(timeout)
			.setResponseTimeout(timeout)
			.setRedirectsEnabled(false)
			.build();
	}

	/**
	 * Reads at most {@code limit} bytes; a longer body is cut and its connection dropped.
	 */
	private static String excerpt(HttpEntity entity, int limit, HttpUriRequestBase request) throws IOException {
		if (entity == null) {
			return "";
		}
		InputStream in = entity.getContent();
		byte[] bytes = in.readNBytes(limit + 1);
		if (bytes.length > limit) {
			// Closing would read the rest to keep the connection; drop it instead.
			request.cancel();
			bytes = Arrays.copyOf(bytes, limit);
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static OutboundFailure failure(Exception ex, Allowed target, boolean late, Duration deadline,
			Duration elapsed) {
		if (late || ex instanceof InterruptedIOException) {
			return new OutboundFailure(OutboundFailure.Kind.TIMEOUT,
					"No complete response within " + seconds(deadline) + ".", elapsed, ex);
		}
		String address = target.address().getHostAddress();
		String where = target.host() + ":" + target.port()
				+ (target.host().equals(address) ? "" : " (" + address + ")");
		if (ex instanceof SSLException) {
			return new OutboundFailure(OutboundFailure.Kind.CONNECT, "Could not connect to " + where
					+ ": the TLS handshake failed (" + reason(ex, "no reason given") + ").", elapsed, ex);
		}
		if (ex instanceof ConnectException || ex instanceof NoRouteToHostException
				|| ex instanceof UnknownHostException) {
			return new OutboundFailure(OutboundFailure.Kind.CONNECT,
					"Could not connect to " + where + ": " + reason(ex, "the connection was refused") + ".", elapsed,
					ex);
		}
		return new OutboundFailure(OutboundFailure.Kind.BROKEN, "The connection to " + where + " failed: "
				+ reason(ex, "it closed before a complete answer came") + ".", elapsed, ex);
	}

	/**
	 * The most specific message of the exception or its causes, for people: the JDK's
	 * "Connection refused" rather than the client's "Connect to … failed: …"; the
	 * fallback when none of them says anything.
	 */
	static String reason(Throwable ex, String fallback) {
		String found = null;
		Throwable at = ex;
		for (int depth = 0; at != null && depth < 8; depth++, at = at.getCause()) {
			String message = at.getMessage();
			if (message != null && !message.isBlank() && !message.equals("null")) {
				found = message.strip();
			}
		}
		if (found == null) {
			return fallback;
		}
		int failed = found.lastIndexOf("failed: ");
		if (found.startsWith("Connect to ") && failed > 0) {
			found = found.substring(failed + "failed: ".length());
		}
		if (found.endsWith(".")) {
			found = found.substring(0, found.length() - 1);
		}
		if (found.isEmpty()) {
			return fallback;
		}
		boolean word = found.length() > 1 && Character.isLowerCase(found.charAt(1));
		return word ? Character.toLowerCase(found.charAt(0)) + found.substring(1) : found;
	}

	private static String seconds(Duration deadline) {
		long millis = deadline.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " seconds" : millis + " ms";
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	@Override
	public void close() throws IOException {
		this.deadlines.shutdownNow();
		this.client.close();
	}

}
