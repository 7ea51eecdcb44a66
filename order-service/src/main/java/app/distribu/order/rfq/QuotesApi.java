package app.distribu.order.rfq;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.order.ordering.ApiAccess;
import app.distribu.order.ordering.IdempotentCalls;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.PageCursor;
import app.distribu.platform.web.PageLimit;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/quotes}: quote requests under the order scopes ({@code orders:read} to
 * read, {@code orders:write} for the rest). A partner starts, edits and sends quotes, and
 * may accept or decline a sent quote for the customer (as when the buyer answered by
 * phone).
 */
@RestController
@RequestMapping("/api/v1/quotes")
class QuotesApi {

	private final QuoteRequests quotes;

	private final QuoteRequestRepository pages;

	private final IdempotentCalls calls;

	QuotesApi(QuoteRequests quotes, QuoteRequestRepository pages, IdempotentCalls calls) {
		this.quotes = quotes;
		this.pages = pages;
		this.calls = calls;
	}

	/** Newest first; {@code status} and {@code customerId} narrow the list. */
	@GetMapping
	ListPage<QuoteJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) UUID customerId, @RequestParam(required = false) QuoteRequestStatus status,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		ApiAccess.require(me, "orders:read");
		int size = PageLimit.of(limit);
		List<QuoteRequest> page = this.pages.page(me.companyId(), customerId, status, PageCursor.decode(cursor),
				size + 1);
		boolean more = page.size() > size;
		List<QuoteRequest> shown = more ? page.subList(0, size) : page;
		QuoteRequest last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new ListPage<>(shown.stream().map((quote) -> QuoteJson.of(quote, null)).toList(), more,
				more ? new PageCursor(last.createdAt(), last.id()).encode() : null);
	}

	@PostMapping
	@ApiResponse(responseCode = "201",
			description = "The DRAFT quote (a retry with the same Idempotency-Key answers it again).",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteJson.class)))
	@ApiResponse(responseCode = "422",
			description = "An unknown customer or SKU, an expiry day in the past, or an Idempotency-Key reused with another body.")
	ResponseEntity<?> create(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody QuoteInput.NewQuote body) {
		ApiAccess.require(me, "orders:write");
		List<QuoteLineInput> lines = (body.lines() != null)
				? body.lines().stream().map(QuoteInput.LineInput::line).toList() : List.of();
		return this.calls.once(me.companyId(), me.subjectId(), idempotencyKey, body, HttpStatus.CREATED,
				() -> this.quotes.draft(me.companyId(), body.customerId(), lines, body.message(), body.expiresOn()),
				(draft) -> json(me, this.quotes.start(draft, QuoteActor.of(me))));
	}

	@GetMapping("/{quoteId}")
	QuoteJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId) {
		ApiAccess.require(me, "orders:read");
		return json(me, this.quotes.require(me.companyId(), quoteId));
	}

	/**
	 * Lines, expiry day and message of a REQUESTED or DRAFT quote; a field not sent
	 * stays.
	 */
	@PatchMapping("/{quoteId}")
	@ApiResponse(responseCode = "409", description = "The quote was sent or answered already.")
	@ApiResponse(responseCode = "422", description = "An unknown SKU or an expiry day in the past.")
	@ResponseStatus(HttpStatus.OK)
	QuoteJson update(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId,
			@Valid @RequestBody QuoteInput.QuoteChange body) {
		ApiAccess.require(me, "orders:write");
		List<QuoteLineInput> lines = (body.lines() != null)
				? body.lines().stream().map(QuoteInput.LineInput::line).toList() : null;
		return json(me, this.quotes.edit(me.companyId(), quoteId, QuoteActor.of(me), lines, body.expiresOn(),
				body.expiresOn() != null, body.message(), body.message() != null));
	}

	@PostMapping("/{quoteId}/send")
	@ApiResponse(responseCode = "409", description = "The quote was sent or answered already.")
	@ApiResponse(responseCode = "422", description = "No lines, a line without a price, or no (or a past) expiry day.")
	@ResponseStatus(HttpStatus.OK)
	QuoteJson send(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId) {
		ApiAccess.require(me, "orders:write");
		return json(me, this.quotes.send(me.companyId(), quoteId, QuoteActor.of(me)));
	}

	/**
	 * The customer's yes: the order is placed at the quoted prices (stock, monthly limit
	 * and credit checked now); accepting an accepted quote answers it again.
	 */
	@PostMapping("/{quoteId}/accept")
	@ApiResponse(responseCode = "409", description = "The quote is not sent, or was declined or withdrawn.")
	@ApiResponse(responseCode = "422",
			description = "The quote expired, or the order is refused (stock, monthly limit, credit limit, blocked customer).")
	@ResponseStatus(HttpStatus.OK)
	QuoteJson accept(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId) {
		ApiAccess.require(me, "orders:write");
		return json(me, this.quotes.accept(me.companyId(), quoteId, QuoteActor.of(me), null));
	}

	@PostMapping("/{quoteId}/decline")
	@ApiResponse(responseCode = "409", description = "The quote is not sent, or was answered already.")
	@ResponseStatus(HttpStatus.OK)
	QuoteJson decline(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId,
			@Valid @RequestBody(required = false) QuoteInput.Decline body) {
		ApiAccess.require(me, "orders:write");
		return json(me,
				this.quotes.decline(me.companyId(), quoteId, QuoteActor.of(me), (body != null) ? body.reason() : null));
	}

	@PostMapping("/{quoteId}/withdraw")
	@ApiResponse(responseCode = "409", description = "The quote was answered already.")
	@ResponseStatus(HttpStatus.OK)
	QuoteJson withdraw(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID quoteId) {
		ApiAccess.require(me, "orders:write");
		return json(me, this.quotes.withdraw(me.companyId(), quoteId, QuoteActor.of(me)));
	}

	private QuoteJson json(DistribuPrincipal me, QuoteRequest quote) {
		return QuoteJson.of(quote, this.quotes.history(me.companyId(), quote.id()));
	}

}
