package app.distribu.catalog.product;

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

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.ListPage;

@RestController
@RequestMapping("/api/v1/products")
class ProductApi {

	private final Catalog catalog;

	ProductApi(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	ListPage<ProductJson> list(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		me.requireScope("products:read");
		return this.catalog.products(me.companyId(), limit, cursor).map(ProductJson::of);
	}

	@GetMapping("/{id}")
	ProductJson get(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		me.requireScope("products:read");
		return ProductJson.of(this.catalog.product(me.companyId(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ProductJson create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @RequestBody NewProduct body) {
		me.requireScope("products:write");
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotPermitted();
		}
		return ProductJson.of(this.catalog.addProduct(me.companyId(), body));
	}

}
