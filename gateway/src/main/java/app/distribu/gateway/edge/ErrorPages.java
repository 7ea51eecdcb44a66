package app.distribu.gateway.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

/**
 * Every error the gateway itself answers (no route, a service that does not answer, a
 * request it cannot read) is a branded page for browsers and a problem detail for
 * everything else; never a framework's error page. Errors of the services come from their
 * own error page (platform/web).
 */
@Component
@Order(-2)
public class ErrorPages implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final String template;

	ErrorPages() {
		try (InputStream in = new ClassPathResource("pages/error.html").getInputStream()) {
			this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(failure);
		}
		HttpStatusCode status = statusOf(failure);
		if (status.is5xxServerError()) {
			log.warn("{} {} failed: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					failure.toString());
		}
		String detail = detailOf(status);
		response.getHeaders().clear();
		if (wantsPage(exchange.getRequest())) {
			return write(response, status, titleOf(status), detail, exchange.getRequest().getPath().value());
		}
		return Problems.write(response, HttpStatus.valueOf(status.value()), detail);
	}

	/**
	 * The answer to an address that does not exist, exactly as for a path no route takes,
	 * so a filter that hides something (the support console) gives nothing away.
	 */
	public Mono<Void> notFound(ServerWebExchange exchange) {
		return handle(exchange, new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Writes the branded page, also for answers of the gateway's own filters. */
	public Mono<Void> write(ServerHttpResponse response, HttpStatusCode status, String title, String message,
			String path) {
		String actions = path.startsWith("/store/") ? "<a class=\"button secondary\" href=\"/help\">Help center</a>"
				: "<a class=\"button secondary\" href=\"/dashboard\">Back to the dashboard</a> "
						+ "<a class=\"button secondary\" href=\"/help\">Help center</a>";
		String html = this.template.replace("{{status}}", String.valueOf(status.value()))
			.replace("{{title}}", HtmlUtils.htmlEscape(title))
			.replace("{{message}}", HtmlUtils.htmlEscape(message))
			.replace("{{actions}}", actions);
		response.setStatusCode(status);
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		response.getHeaders().setCacheControl("no-store");
		return response.writeWith(Mono.just(response.bufferFactory().wrap(html.getBytes(StandardCharsets.UTF_8))));
	}

	static boolean wantsPage(ServerHttpRequest request) {
		String path = request.getPath().value();
		if (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/internal/")) {
			return false;
		}
		List<MediaType> accepted = request.getHeaders().getAccept();
		return accepted.isEmpty() || accepted.stream()
			.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
	}

	private static HttpStatusCode statusOf(Throwable failure) {
		if (failure instanceof ResponseStatusException answered) {
			return answered.getStatusCode();
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
			if (cause instanceof TimeoutException) {
				return HttpStatus.GATEWAY_TIMEOUT;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String titleOf(HttpStatusCode status) {
		if (status.value() == 404) {
			return "Page not found";
		}
		if (status.value() == 405 || status.is4xxClientError()) {
			return "Request not understood";
		}
		return "Something went wrong";
	}

	private static String detailOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> "The page you asked for does not exist. Check the address for typos: store addresses are "
					+ "case-sensitive.";
			case 405 -> "This address does not take that kind of request. Go back and try again.";
			case 503, 504 -> "This part of Distribu is not answering right now. Try again in a minute.";
			default -> status.is4xxClientError() ? "The request could not be understood. Go back and try again."
					: "We could not complete this request. Try again; if it keeps happening, email "
							+ "support@distribu.app.";
		};
	}

}
