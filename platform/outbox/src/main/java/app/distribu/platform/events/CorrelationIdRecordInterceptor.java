package app.distribu.platform.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import org.springframework.kafka.listener.RecordInterceptor;

import app.distribu.platform.web.CorrelationId;

/**
 * Restores the producer's correlation id into the log context while a record is handled.
 */
public class CorrelationIdRecordInterceptor implements RecordInterceptor<Object, Object> {

	@Override
	public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		Header header = record.headers().lastHeader(CorrelationId.HEADER);
		String id = (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
		MDC.put(CorrelationId.MDC_KEY, CorrelationId.sanitize(id));
		return record;
	}

	@Override
	public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		MDC.remove(CorrelationId.MDC_KEY);
	}

}
