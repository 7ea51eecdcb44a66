package app.distribu.platform.events;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

import app.distribu.platform.operations.TraceParent;

/** Outbox, relay and idempotent consumer for every service that has a database. */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@EnableScheduling
public class EventsPlatformAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer) {
		return new Outbox(jdbc, json, clock, () -> TraceParent.current(tracer.getIfAvailable()));
	}

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka,
			PlatformTransactionManager transactions, MeterRegistry meters) {
		return new OutboxRelay(jdbc, kafka, new TransactionTemplate(transactions), meters);
	}

	@Bean
	IdempotentConsumer idempotentConsumer(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		return new IdempotentConsumer(jdbc, json, new TransactionTemplate(transactions));
	}

	@Bean
	RecordInterceptor<Object, Object> correlationIdRecordInterceptor() {
		return new CorrelationIdRecordInterceptor();
	}

	/**
	 * A failing event is retried with backoff for about ten minutes while its partition
	 * waits; only then is it logged at error level and skipped.
	 */
	@Bean
	CommonErrorHandler eventErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
		backOff.setMaxInterval(60_000);
		backOff.setMaxElapsedTime(600_000);
		return new DefaultErrorHandler(backOff);
	}

}
