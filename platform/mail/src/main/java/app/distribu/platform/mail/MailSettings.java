package app.distribu.platform.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender address; the display name is the brand's ({@code MAIL_FROM})
 * @param pollInterval how often the relay looks for mail to send
 * @param firstRetry the wait after the first failed attempt; it doubles each time, up to
 * an hour
 * @param maxAttempts attempts before a mail is given up (25 ≈ a day of retries)
 */
@ConfigurationProperties("distribu.mail")
public record MailSettings(String from, Duration pollInterval, Duration firstRetry, Integer maxAttempts) {

	public MailSettings {
		from = (from != null && !from.isBlank()) ? from : "no-reply@distribu.app";
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMillis(500);
		firstRetry = (firstRetry != null) ? firstRetry : Duration.ofSeconds(10);
		maxAttempts = (maxAttempts != null) ? maxAttempts : 25;
	}

	/** How long to wait after the given number of failed attempts. */
	Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
		return (wait.compareTo(Duration.ofHours(1)) > 0) ? Duration.ofHours(1) : wait;
	}

}
