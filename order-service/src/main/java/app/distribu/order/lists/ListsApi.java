package app.distribu.order.lists;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import app.distribu.order.customer.CustomerDirectory;
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
 * {@code /api/v1/lists}: customers' saved lists, under the order scopes
 * ({@code orders:read} to read, {@code orders:write} for the rest). Lists made here are
 * shared lists (the distributor's); a buyer's own lists can be read and changed too.
 */
@RestController
@RequestMapping("/api/v1/lists")
class ListsApi {

	private final SavedLists lists;

	private final ListRepository pages;

	private final CustomerDirectory customers;

	private final IdempotentCalls calls;

	ListsApi(SavedLists lists, ListRepository pages, CustomerDirectory customers, IdempotentCalls calls) {
		this.lists = lists;
		this.pages = pages;
		this.customers = customers;
		this.calls = calls;
	}

	/** Oldest first; {@code customerId} keeps one customer's lists. */
	@GetMapping
	ListPage<ListJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) UUID customerId, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		ApiAccess.require(me, "orders:read");
		int size = PageLimit.of(limit);
		List<SavedList> page = this.pages.page(me.companyId(), customerId, PageCursor.decode(cursor), size + 1);
		boolean more = page.size() > size;
		List<SavedList> shown = more ? page.subList(0, size) : page;
		SavedList last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new ListPage<>(shown.stream().map(ListJson::of).toList(), more,
				more ? new PageCursor(last.createdAt(), last.id()).encode() : null);
	}

	@PostMapping
	@ApiResponse(responseCode = "201",
			description = "The shared list (a retry with the same Idempotency-Key answers it again).",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ListJson.class)))
	@ApiResponse(responseCode = "409", description = "The customer already has a list of this name.")
	@ApiResponse(responseCode = "422",
			description = "An unknown customer, the customer has 50 lists already, or an Idempotency-Key reused with another body.")
	ResponseEntity<?> create(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody ListInput.NewList body) {
		ApiAccess.require(me, "orders:write");
		this.customers.require(me.companyId(), body.customerId());
		List<ListLine> lines = (body.lines() != null) ? body.lines().stream().map(ListInput.LineInput::line).toList()
				: List.of();
		return this.calls.once(me.companyId(), me.subjectId(), idempotencyKey, body, HttpStatus.CREATED, () -> ListJson
			.of(this.lists.create(me.companyId(), body.customerId(), body.name(), true, me.subjectId(), lines)));
	}

	@GetMapping("/{listId}")
	ListJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID listId) {
		ApiAccess.require(me, "orders:read");
		return ListJson.of(this.lists.require(me.companyId(), listId));
	}

	/** Renames the list and/or replaces its lines; a field not sent stays. */
	@PatchMapping("/{listId}")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "409", description = "The customer already has a list of this name.")
	@ApiResponse(responseCode = "422", description = "The name is only spaces.")
	ListJson update(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID listId,
			@Valid @RequestBody ListInput.ListChange body) {
		ApiAccess.require(me, "orders:write");
		List<ListLine> lines = (body.lines() != null) ? body.lines().stream().map(ListInput.LineInput::line).toList()
				: null;
		return ListJson.of(this.lists.change(me.companyId(), listId, body.name(), lines));
	}

	/**
	 * Adds the quantity to the SKU's line, or a new line when the list has none. Not
	 * idempotent by itself: send an Idempotency-Key to retry safely.
	 */
	@PostMapping("/{listId}/lines")
	@ApiResponse(responseCode = "200",
			description = "The list with the line (a retry with the same Idempotency-Key answers it again, adding nothing).",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ListJson.class)))
	@ApiResponse(responseCode = "422",
			description = "The list has 200 lines already, or an Idempotency-Key reused with another body.")
	ResponseEntity<?> addLine(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID listId,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody ListInput.LineInput body) {
		ApiAccess.require(me, "orders:write");
		return this.calls.once(me.companyId(), me.subjectId(), idempotencyKey, new LineRequest(listId, body),
				HttpStatus.OK,
				() -> ListJson.of(this.lists.addLine(me.companyId(), listId, body.sku(), body.quantity())));
	}

	/**
	 * What a key's body hash covers: the same line for another list is another request.
	 */
	private record LineRequest(UUID listId, ListInput.LineInput line) {
	}

	@DeleteMapping("/{listId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID listId) {
		ApiAccess.require(me, "orders:write");
		this.lists.delete(me.companyId(), listId);
	}

}
