package app.distribu.webhook.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code distribu.webhook.pending} and {@code distribu.webhook.oldest.pending.age}: the
 * backlog of deliveries, read from the deliveries table when Prometheus scrapes (the
 * partial index on pending rows keeps that cheap). The per-attempt meters
 * ({@code distribu.webhook.deliveries}, {@code distribu.webhook.delivery.delay}) belong
 * in the delivery engine.
 */
@Component
class WebhookBacklog implements MeterBinder {

	private final JdbcClient jdbc;

	private final Clock clock;

	WebhookBacklog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("distribu.webhook.pending", this, WebhookBacklog::pending)
			.description("Webhook deliveries waiting to be sent")
			.register(registry);
		Gauge.builder("distribu.webhook.oldest.pending.age", this, WebhookBacklog::oldestPendingAge)
			.description("How long the oldest waiting delivery has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	double pending() {
		return this.jdbc.sql("select count(*) from webhook_delivery where status = 'PENDING'")
			.query(Long.class)
			.single();
	}

	double oldestPendingAge() {
		return this.jdbc.sql("select min(created_at) from webhook_delivery where status = 'PENDING'")
			.query(Timestamp.class)
			.optional()
			.map((oldest) -> Duration.between(oldest.toInstant(), this.clock.instant()).toMillis() / 1000.0)
			.orElse(0.0);
	}

}
