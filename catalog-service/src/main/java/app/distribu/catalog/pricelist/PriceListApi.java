package app.distribu.catalog.pricelist;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.PageLimit;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/price-lists}: the product scopes apply ({@code products:read} to read,
 * {@code products:write} for the rest), checked before the body is read.
 */
@RestController
@RequestMapping("/api/v1/price-lists")
class PriceListApi {

	private final PriceLists lists;

	private final PriceListCsv csv;

	PriceListApi(PriceLists lists, PriceListCsv csv) {
		this.lists = lists;
		this.csv = csv;
	}

	@GetMapping
	ListPage<PriceListJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return this.lists.page(me.companyId(), limit, cursor).map(PriceListJson::of);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "422", description = "The last day is before the first day.")
	PriceListJson create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @RequestBody ListDetails body) {
		PriceList created = this.lists.create(me.companyId(), body);
		return PriceListJson.of(this.lists.view(me.companyId(), created.id()));
	}

	@GetMapping("/{id}")
	PriceListJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		return PriceListJson.of(this.lists.view(me.companyId(), id));
	}

	/** Replaces name, priority and dates; prices and assignments stay. */
	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "409", description = "The price list was changed meanwhile.")
	@ApiResponse(responseCode = "422", description = "The last day is before the first day.")
	PriceListJson update(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody ListDetails body) {
		this.lists.update(me.companyId(), id, null, body);
		return PriceListJson.of(this.lists.view(me.companyId(), id));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		this.lists.delete(me.companyId(), id);
	}

	/** The list applies to exactly these customers and groups. */
	@PutMapping("/{id}/assignments")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "422", description = "A group name is empty, too long or has control characters.")
	PriceListJson assign(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestBody PriceListJson.Assignments body) {
		return PriceListJson.of(this.lists.replaceAssignments(me.companyId(), id, body.customers(), body.groupNames()));
	}

	/** The list's products with their tiers, in product order; {@code sku} filters. */
	@GetMapping("/{id}/prices")
	ListPage<PriceListJson.EntryJson> prices(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		PriceListRepository.EntryPage page = this.lists.entries(me.companyId(), id, null, cursor, PageLimit.of(limit));
		return new ListPage<>(page.entries().stream().map(PriceListJson.EntryJson::of).toList(), page.next() != null,
				(page.next() != null) ? page.next().encode() : null);
	}

	/**
	 * The same path with {@code sku}: that product's entry instead of a page (the
	 * description shows both answers on one operation, where {@code sku} is optional).
	 */
	@GetMapping(path = "/{id}/prices", params = "sku")
	PriceListJson.EntryJson price(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String sku) {
		return PriceListJson.EntryJson.of(this.lists.entry(me.companyId(), id, sku));
	}

	/** The SKU's tiers become exactly those sent. */
	@PutMapping("/{id}/prices")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "422",
			description = "No product has this SKU, or the tiers are invalid (the detail says which).")
	PriceListJson.EntryJson setPrices(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody PricesInput body) {
		return PriceListJson.EntryJson.of(this.lists.setPrices(me.companyId(), id, body.sku(), body.tiers()));
	}

	@DeleteMapping(path = "/{id}/prices", params = "sku")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removePrices(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @RequestParam String sku) {
		this.lists.removePrices(me.companyId(), id, sku);
	}

	/**
	 * A CSV file ({@code sku,min_quantity,price,percent_off}) read at once; the report
	 * says what each rejected row was refused for.
	 */
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The price CSV file, as the raw body.",
			content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = "text/plain", schema = @Schema(type = "string")),
					@Content(mediaType = "application/octet-stream", schema = @Schema(type = "string")) })
	@PostMapping(path = "/{id}/prices/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "422",
			description = "The file is not a price CSV this list can take (the detail says why).")
	ImportReport importPrices(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String mode, HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return this.csv.importFile(me.companyId(), id, in, PriceImportMode.of(mode));
		}
	}

	@GetMapping("/{id}/prices/export")
	@ApiResponse(responseCode = "200", description = "The list's prices as CSV.",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	ResponseEntity<StreamingResponseBody> exportPrices(@AuthenticationPrincipal DistribuPrincipal me,
			@PathVariable UUID id) {
		PriceList list = this.lists.get(me.companyId(), id);
		return PriceListDownloads.csv(list, (out) -> this.csv.export(me.companyId(), id, out));
	}

}
