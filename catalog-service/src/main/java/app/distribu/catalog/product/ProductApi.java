package app.distribu.catalog.product;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.catalog.image.ImageJson;
import app.distribu.catalog.image.ProductImages;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.ListPage;

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
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		me.requireScope("products:read");
		ListPage<Product> page = this.catalog.products(me.companyId(), limit, cursor);
		Map<UUID, List<ImageJson>> images = this.images.of(me.companyId(),
				page.data().stream().map(Product::id).toList());
		return page.map((product) -> ProductJson.of(product, images.getOrDefault(product.id(), List.of())));
	}

	@GetMapping("/{id}")
	ProductJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		me.requireScope("products:read");
		Product product = this.catalog.product(me.companyId(), id);
		return ProductJson.of(product, this.images.of(me.companyId(), List.of(id)).getOrDefault(id, List.of()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ProductJson create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @RequestBody NewProduct body) {
		me.requireScope("products:write");
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotPermitted();
		}
		return ProductJson.of(this.catalog.addProduct(me.companyId(), body), List.of());
	}

}
