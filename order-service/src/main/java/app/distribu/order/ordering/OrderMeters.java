package app.distribu.order.ordering;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

import app.distribu.platform.web.DomainProblem;

/**
 * {@code distribu.orders.placed} (by source) and {@code distribu.orders.create}, the time
 * to place an order by source and outcome: created, refused (a problem the caller can
 * fix: stock, quota, blocked customer) or failed (docs/operations/observability.md).
 */
final class OrderMeters {

	private OrderMeters() {
	}

	static Order placing(OrderSource source, Supplier<Order> placing) {
		Timer.Sample sample = Timer.start(Metrics.globalRegistry);
		String outcome = "failed";
		try {
			Order order = placing.get();
			outcome = "created";
			Counter.builder("distribu.orders.placed")
				.description("Orders created")
				.tag("source", source.name())
				.register(Metrics.globalRegistry)
				.increment();
			return order;
		}
		catch (DomainProblem ex) {
			outcome = "refused";
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("distribu.orders.create")
				.description("Time to place an order")
				.tag("source", source.name())
				.tag("outcome", outcome)
				.register(Metrics.globalRegistry));
		}
	}

}
