package app.distribu.order.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import app.distribu.order.ordering.ApiAccess;
import app.distribu.order.search.OrderFilter;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The same CSV for partners ({@code /api/v1/orders/export}, {@code orders:read}) and for
 * the Orders page's button ({@code /dashboard/orders/export}, the session cookie).
 */
@RestController
class ExportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final OrdersCsv csv;

	private final Clock clock;

	ExportController(OrdersCsv csv, Clock clock) {
		this.csv = csv;
		this.clock = clock;
	}

	@GetMapping("/api/v1/orders/export")
	@ApiResponse(responseCode = "200", description = "The orders as CSV, one line per order line.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<StreamingResponseBody> api(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) String status, @RequestParam(required = false) String source,
			@RequestParam(required = false) String customer, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q) {
		ApiAccess.require(me, "orders:read");
		return stream(me, OrderFilter.parse(status, source, customer, from, to, q));
	}

	@GetMapping("/dashboard/orders/export")
	ResponseEntity<StreamingResponseBody> page(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) String status, @RequestParam(required = false) String source,
			@RequestParam(required = false) String customer, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String q) {
		me.requireRole(Role.OWNER, Role.ADMIN, Role.MEMBER);
		return stream(me, OrderFilter.parse(status, source, customer, from, to, q));
	}

	private ResponseEntity<StreamingResponseBody> stream(DistribuPrincipal me, OrderFilter filter) {
		String name = "orders-" + LocalDate.now(this.clock) + ".csv";
		StreamingResponseBody body = (out) -> this.csv.write(me.companyId(), filter, out);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
