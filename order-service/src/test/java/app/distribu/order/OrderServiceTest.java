package app.distribu.order;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.test.context.DynamicPropertyRegistrar;

import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TopicReader;

/**
 * order-service as a {@link ServiceTest}, with its upstreams: a {@link FakeUpstreams} for
 * catalog and customer (autowire it), started with the context and stopped with it, and a
 * {@link TopicReader} of {@code order.events} for the tests that autowire one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceTest
@Import(OrderServiceTest.Upstreams.class)
public @interface OrderServiceTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Upstreams {

		@Bean
		FakeUpstreams fakeUpstreams() {
			return new FakeUpstreams();
		}

		@Bean
		DynamicPropertyRegistrar upstreamUrls(FakeUpstreams upstreams) {
			return (registry) -> {
				registry.add("distribu.catalog-url", upstreams::url);
				registry.add("distribu.customer-url", upstreams::url);
			};
		}

		@Bean
		@Lazy
		TopicReader orderEventsReader() {
			return new TopicReader("order.events");
		}

	}

}
