package app.distribu.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import org.jsoup.nodes.Entities;

/**
 * Traces and metrics of the local stack without installing anything: an OTLP/HTTP
 * receiver ({@code POST /v1/traces}, where the services export their spans) that keeps
 * the latest spans in memory, a page listing recent traces with a waterfall per trace,
 * and a page with every service's Distribu meters read from its
 * {@code /actuator/prometheus}.
 */
public final class TraceViewer implements AutoCloseable {

	private static final int KEPT = 50_000;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final HttpServer server;

	private final StackConfig config;

	private final Deque<Span> spans = new ArrayDeque<>();

	private TraceViewer(HttpServer server, StackConfig config) {
		this.server = server;
		this.config = config;
	}

	static TraceViewer start(StackConfig config) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", config.traceViewerPort()), 0);
			TraceViewer viewer = new TraceViewer(server, config);
			server.createContext("/v1/traces", viewer::receive);
			server.createContext("/metrics", viewer::metrics);
			server.createContext("/", viewer::page);
			server.start();
			return viewer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the trace viewer", ex);
		}
	}

	/** Where services send their spans (OTLP_TRACING_ENDPOINT). */
	static String endpoint(StackConfig config) {
		return "http://127.0.0.1:" + config.traceViewerPort() + "/v1/traces";
	}

	/** The spans received so far of one trace (32 hex digits). */
	public List<Span> trace(String traceId) {
		synchronized (this.spans) {
			return this.spans.stream().filter((span) -> span.traceId().equals(traceId)).toList();
		}
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(exchange.getRequestBody());
			List<Span> received = new ArrayList<>();
			for (ResourceSpans resource : request.getResourceSpansList()) {
				String service = attribute(resource.getResource().getAttributesList(), "service.name");
				for (ScopeSpans scope : resource.getScopeSpansList()) {
					for (io.opentelemetry.proto.trace.v1.Span span : scope.getSpansList()) {
						received.add(new Span(hex(span.getTraceId().toByteArray()), hex(span.getSpanId().toByteArray()),
								hex(span.getParentSpanId().toByteArray()), service, span.getName(),
								span.getKind().name().replace("SPAN_KIND_", "").toLowerCase(),
								span.getStartTimeUnixNano(), span.getEndTimeUnixNano()));
					}
				}
			}
			synchronized (this.spans) {
				received.forEach(this.spans::addLast);
				while (this.spans.size() > KEPT) {
					this.spans.removeFirst();
				}
			}
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, -1);
		}
	}

	private void page(HttpExchange exchange) throws IOException {
		String query = exchange.getRequestURI().getQuery();
		if (query != null && query.startsWith("trace=")) {
			send(exchange, waterfall(query.substring("trace=".length())));
			return;
		}
		Map<String, List<Span>> traces = new LinkedHashMap<>();
		synchronized (this.spans) {
			this.spans.descendingIterator()
				.forEachRemaining(
						(span) -> traces.computeIfAbsent(span.traceId(), (id) -> new ArrayList<>()).add(span));
		}
		StringBuilder rows = new StringBuilder();
		traces.entrySet().stream().limit(200).forEach((trace) -> {
			List<Span> all = trace.getValue();
			Span root = all.stream().min(Comparator.comparingLong(Span::start)).orElseThrow();
			long end = all.stream().mapToLong(Span::end).max().orElse(root.end());
			rows.append("<tr><td><a href=\"/?trace=")
				.append(trace.getKey())
				.append("\">")
				.append(escape(root.service() + " " + root.name()))
				.append("</a></td><td>")
				.append(escape(
						all.stream().map(Span::service).collect(Collectors.toCollection(TreeSet::new)).toString()))
				.append("</td><td>")
				.append(all.size())
				.append("</td><td>")
				.append((end - root.start()) / 1_000_000)
				.append(" ms</td></tr>");
		});
		send(exchange,
				layout("Recent traces",
						"<p><a href=\"/metrics\">Metrics</a> · newest first, the last " + KEPT
								+ " spans are kept</p><table><tr><th>first span</th><th>services</th><th>spans</th>"
								+ "<th>duration</th></tr>" + rows + "</table>"));
	}

	private String waterfall(String traceId) {
		List<Span> all = new ArrayList<>(trace(traceId));
		all.sort(Comparator.comparingLong(Span::start));
		long start = all.isEmpty() ? 0 : all.get(0).start();
		long total = Math.max(1, all.stream().mapToLong(Span::end).max().orElse(1) - start);
		StringBuilder rows = new StringBuilder();
		for (Span span : all) {
			long left = (span.start() - start) * 100 / total;
			long width = Math.max(1, (span.end() - span.start()) * 100 / total);
			rows.append("<tr><td>")
				.append(escape(span.service()))
				.append("</td><td>")
				.append(escape(span.kind() + " " + span.name()))
				.append("</td><td>")
				.append((span.end() - span.start()) / 1_000)
				.append(" µs</td><td class=bar><span style=\"margin-left:")
				.append(left)
				.append("%;width:")
				.append(width)
				.append("%\"></span></td></tr>");
		}
		return layout("Trace " + escape(traceId), "<p><a href=\"/\">All traces</a></p><table><tr><th>service</th>"
				+ "<th>span</th><th>took</th><th>when</th></tr>" + rows + "</table>");
	}

	private void metrics(HttpExchange exchange) throws IOException {
		StringBuilder body = new StringBuilder("<p><a href=\"/\">Traces</a></p>");
		List<String> urls = new ArrayList<>();
		urls.add(this.config.gatewayUrl());
		StackConfig.SERVICES.forEach((service) -> urls.add(this.config.urlOf(service)));
		for (String url : urls) {
			body.append("<h2>").append(url).append("</h2><pre>");
			try {
				String text = HTTP
					.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
						.timeout(Duration.ofSeconds(3))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body();
				text.lines()
					.filter((line) -> line.startsWith("distribu_")
							|| line.startsWith("kafka_consumer_fetch_manager_records_lag_max"))
					.forEach((line) -> body.append(escape(line)).append('\n'));
			}
			catch (IOException ex) {
				body.append("not reachable: ").append(escape(ex.getMessage()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			body.append("</pre>");
		}
		send(exchange, layout("Metrics", body.toString()));
	}

	private static String layout(String title, String body) {
		return "<!doctype html><html><head><meta charset=utf-8><title>" + title + " · Distribu</title><style>"
				+ "body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}"
				+ "td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}"
				+ ".bar{width:40%}.bar span{display:block;height:.8rem;background:#2f6fde}pre{font-size:12px}"
				+ "</style></head><body><h1>" + title + "</h1>" + body + "</body></html>";
	}

	private static void send(HttpExchange exchange, String html) throws IOException {
		try (exchange) {
			byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static String attribute(List<KeyValue> attributes, String key) {
		return attributes.stream()
			.filter((attribute) -> attribute.getKey().equals(key))
			.map((attribute) -> attribute.getValue().getStringValue())
			.findFirst()
			.orElse("?");
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	private static String escape(String text) {
		return Entities.escape(text);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One span as the viewer keeps it; times in nanoseconds since the epoch. */
	public record Span(String traceId, String spanId, String parentSpanId, String service, String name, String kind,
			long start, long end) {

	}

}
