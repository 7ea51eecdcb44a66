package app.distribu.platform.operations;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * The current span as a W3C {@code traceparent} value, stored with an outbox event so
 * that its consumers continue the trace of the request that caused it.
 */
public final class TraceParent {

	/** The Kafka header (and HTTP header) name of the W3C trace context. */
	public static final String HEADER = "traceparent";

	private TraceParent() {
	}

	/** Null when there is no tracer or no current span. */
	public static String current(Tracer tracer) {
		TraceContext context = (tracer != null) ? tracer.currentTraceContext().context() : null;
		if (context == null) {
			return null;
		}
		return "00-" + context.traceId() + "-" + context.spanId() + "-"
				+ (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
	}

}
