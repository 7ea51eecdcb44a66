package app.distribu.platform.events;

import java.lang.reflect.Method;
import java.util.List;

import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.util.ReflectionUtils;

/**
 * Subscribes every {@link EventConsumer} bean through the default listener container
 * factory, as {@code @KafkaListener} would: the service's group, the platform's error
 * handling, dead letters and correlation ids.
 */
class EventConsumers implements KafkaListenerConfigurer {

	private static final Method RECEIVE = ReflectionUtils.findMethod(Receiver.class, "receive", String.class);

	private final List<EventConsumer> consumers;

	private final IdempotentConsumer once;

	EventConsumers(List<EventConsumer> consumers, IdempotentConsumer once) {
		this.consumers = consumers;
		this.once = once;
	}

	@Override
	public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
		DefaultMessageHandlerMethodFactory handlers = new DefaultMessageHandlerMethodFactory();
		handlers.afterPropertiesSet();
		for (EventConsumer consumer : this.consumers) {
			MethodKafkaListenerEndpoint<String, String> endpoint = new MethodKafkaListenerEndpoint<>();
			endpoint.setId("events-" + consumer.name());
			endpoint.setTopics(consumer.topics().toArray(String[]::new));
			endpoint.setBean(new Receiver(consumer, this.once));
			endpoint.setMethod(RECEIVE);
			endpoint.setMessageHandlerMethodFactory(handlers);
			registrar.registerEndpoint(endpoint);
		}
	}

	/** The listener method the container calls with each record's value. */
	record Receiver(EventConsumer consumer, IdempotentConsumer once) {

		public void receive(String payload) {
			this.consumer.receive(this.once, payload);
		}

	}

}
