package app.distribu.gateway.edge;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a body larger than the services would take with 413, before it is forwarded (or
 * a key is exchanged): JSON and form bodies above {@code MAX_BODY_SIZE}, any other body
 * above {@code UPLOAD_MAX_SIZE}. A declared length is checked at once; a chunked JSON or
 * form body is gathered up to the limit and forwarded with its length. A chunked upload
 * streams on: the service that reads it enforces its own cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(BodyLimits.class)
class BodySizeLimit implements WebFilter {

	private final BodyLimits limits;

	BodySizeLimit(BodyLimits limits) {
		this.limits = limits;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		boolean small = isJsonOrForm(request);
		DataSize max = small ? this.limits.maxBodySize() : this.limits.maxUploadSize();
		long declared = request.getHeaders().getContentLength();
		if (declared > max.toBytes()) {
			return refuse(exchange, max);
		}
		if (declared >= 0 || !small || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			return chain.filter(exchange);
		}
		return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, max.toBytes()))
			.map((body) -> exchange.mutate().request(new GatheredBody(request, body)).build())
			.defaultIfEmpty(exchange)
			.flatMap(chain::filter)
			.onErrorResume(DataBufferLimitException.class, (ex) -> refuse(exchange, max));
	}

	private static boolean isJsonOrForm(ServerHttpRequest request) {
		MediaType type;
		try {
			type = request.getHeaders().getContentType();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		return type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")
				|| type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED));
	}

	private static Mono<Void> refuse(ServerWebExchange exchange, DataSize max) {
		String detail = "The request body is larger than " + readable(max) + ". Send less data per request.";
		ServerHttpRequest request = exchange.getRequest();
		boolean person = !request.getPath().value().startsWith("/api/")
				&& request.getHeaders().getAccept().stream().anyMatch((type) -> type.includes(MediaType.TEXT_HTML));
		if (!person) {
			return Problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, detail);
		}
		exchange.getResponse().setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
		exchange.getResponse().getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		String page = """
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Too large · Distribu</title>
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<link rel="stylesheet" href="/assets/distribu.css"></head>
				<body><main class="content narrow"><div class="card"><h1>That was too much at once</h1>
				<p>%s</p></div></main></body></html>""".formatted(detail);
		return exchange.getResponse()
			.writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8))));
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		return (bytes % 1024 == 0) ? (bytes / 1024) + " KB" : bytes + " bytes";
	}

	/** The request with its chunked body gathered, forwarded with a length. */
	private static final class GatheredBody extends ServerHttpRequestDecorator {

		private final DataBuffer body;

		private final HttpHeaders headers = new HttpHeaders();

		GatheredBody(ServerHttpRequest request, DataBuffer body) {
			super(request);
			this.body = body;
			this.headers.putAll(request.getHeaders());
			this.headers.remove(HttpHeaders.TRANSFER_ENCODING);
			this.headers.setContentLength(body.readableByteCount());
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.just(this.body);
		}

	}

}
