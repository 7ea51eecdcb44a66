package app.distribu.catalog.product;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.catalog.image.ImageJson;
import app.distribu.catalog.image.ProductImages;
import app.distribu.catalog.stock.Actors;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.ListPage;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Scopes are checked by {@link ProductScopes} before any body is read. */
@RestController
@RequestMapping("/api/v1/products")
class ProductApi {

	private final Catalog catalog;

	private final ProductImages images;

	ProductApi(Catalog catalog, ProductImages images) {
		this.catalog = catalog;
		this.images = images;
	}

	@GetMapping
	ListPage<ProductJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean active) {
		ListPage<Product> page = this.catalog.products(me.companyId(), ProductFilter.of(q, category, active), limit,
				cursor);
		Map<UUID, List<ImageJson>> images = this.images.of(me.companyId(),
				page.data().stream().map(Product::id).toList());
		return page.map((product) -> ProductJson.of(product, images.getOrDefault(product.id(), List.of())));
	}

	@GetMapping("/{id}")
	ProductJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		return withImages(me, this.catalog.product(me.companyId(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "409", description = "A product with this SKU already exists.")
	ProductJson create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @RequestBody NewProduct body) {
		return ProductJson.of(this.catalog.addProduct(me.companyId(), body, Actors.of(me)), List.of());
	}

	/** Replaces every field; omitted optional fields take their defaults. */
	@PutMapping("/{id}")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "409", description = "Another product has this SKU, or the product changed meanwhile.")
	ProductJson update(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody NewProduct body) {
		return withImages(me, this.catalog.update(me.companyId(), id, body, true, null, Actors.of(me)));
	}

	@PatchMapping("/{id}")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "409", description = "Another product has this SKU, or the product changed meanwhile.")
	ProductJson patch(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody ProductPatch body) {
		return withImages(me, this.catalog.patch(me.companyId(), id, body, Actors.of(me)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		this.catalog.delete(me.companyId(), id);
	}

	@PostMapping("/{id}/stock-adjustments")
	@ResponseStatus(HttpStatus.OK)
	@ApiResponse(responseCode = "422", description = "The adjustment would take stock below zero.")
	ProductJson adjustStock(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @RequestBody StockAdjustment body) {
		return withImages(me, this.catalog.adjustStock(me.companyId(), id, body, Actors.of(me)));
	}

	private ProductJson withImages(DistribuPrincipal me, Product product) {
		return ProductJson.of(product,
				this.images.of(me.companyId(), List.of(product.id())).getOrDefault(product.id(), List.of()));
	}

}
