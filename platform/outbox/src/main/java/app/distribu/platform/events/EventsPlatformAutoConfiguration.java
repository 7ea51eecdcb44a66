package app.distribu.platform.events;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.operations.TraceParent;

/**
 * Outbox, relay, idempotent consumer and dead letters for every service that has a
 * database.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
@EnableScheduling
@EnableConfigurationProperties({ OutboxSettings.class, EventSettings.class })
public class EventsPlatformAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer, OutboxRelay relay) {
		return new Outbox(jdbc, json, clock, () -> TraceParent.current(tracer.getIfAvailable()), relay::wake);
	}

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka,
			PlatformTransactionManager transactions, OutboxSettings settings, MeterRegistry meters) {
		return new OutboxRelay(jdbc, kafka, new TransactionTemplate(transactions), settings, meters);
	}

	@Bean
	ProducerDefaults kafkaProducerDefaults() {
		return new ProducerDefaults();
	}

	@Bean
	OutboxPurge outboxPurge(JdbcClient jdbc, OutboxSettings settings) {
		return new OutboxPurge(jdbc, settings);
	}

	@Bean
	OutboxMeters outboxMeters(JdbcClient jdbc, DeadLetters deadLetters, MeterRegistry meters) {
		return new OutboxMeters(jdbc, deadLetters, meters);
	}

	@Bean
	IdempotentConsumer idempotentConsumer(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		return new IdempotentConsumer(jdbc, json, new TransactionTemplate(transactions));
	}

	@Bean
	EventConsumers eventConsumers(ObjectProvider<EventConsumer> consumers, IdempotentConsumer once) {
		return new EventConsumers(consumers.orderedStream().toList(), once);
	}

	@Bean
	RecordInterceptor<Object, Object> correlationIdRecordInterceptor() {
		return new CorrelationIdRecordInterceptor();
	}

	@Bean
	DeadLetters deadLetters(JdbcClient jdbc, JsonMapper json, MeterRegistry meters) {
		return new DeadLetters(jdbc, json, meters);
	}

	@Bean
	CommonErrorHandler eventErrorHandler(DeadLetters deadLetters, KafkaTemplate<String, String> kafka,
			EventSettings settings,
			@Value("${spring.kafka.consumer.group-id:${spring.application.name}}") String group) {
		return EventErrorHandling.errorHandler(deadLetters, kafka, group, settings);
	}

	@Bean
	DeadLetterReplay deadLetterReplay(DeadLetters deadLetters, KafkaListenerEndpointRegistry listeners) {
		return new DeadLetterReplay(deadLetters, listeners);
	}

	@Bean
	ParkedEvents parkedEvents(JdbcClient jdbc, OutboxRelay relay) {
		return new ParkedEvents(jdbc, relay);
	}

	@Bean
	EventOperationsApi eventOperationsApi(DeadLetters deadLetters, DeadLetterReplay replay, ParkedEvents parked) {
		return new EventOperationsApi(deadLetters, replay, parked);
	}

}
