package app.distribu.webhook.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/** Posts one signed delivery; never follows redirects (they could lead inside). */
@Component
class Sender {

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	Outcome send(URI target, UUID deliveryId, String eventType, String payload, String secret) {
		byte[] body = payload.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("User-Agent", "Distribu-Webhooks/1")
			.header("X-Distribu-Event", eventType)
			.header("X-Distribu-Delivery", deliveryId.toString())
			.header("X-Distribu-Signature", sign(body, secret))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		long start = System.nanoTime();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			String excerpt;
			try (InputStream in = response.body()) {
				excerpt = new String(in.readNBytes(Outcome.EXCERPT * 4), StandardCharsets.UTF_8);
			}
			int status = response.statusCode();
			return new Outcome(status >= 200 && status < 300, status, excerpt, elapsed(start));
		}
		catch (HttpTimeoutException ex) {
			return new Outcome(false, null, "No response within 10 seconds.", elapsed(start));
		}
		catch (IOException ex) {
			return new Outcome(false, null, "Could not connect: " + ex.getMessage(), elapsed(start));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(false, null, "Interrupted while sending.", elapsed(start));
		}
	}

	/** Lower-case hex HMAC-SHA256 of the raw body bytes. */
	static String sign(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int elapsed(long start) {
		return (int) Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

}
