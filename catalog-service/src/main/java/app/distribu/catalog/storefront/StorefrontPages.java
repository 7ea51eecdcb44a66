package app.distribu.catalog.storefront;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.platform.companies.Store;
import app.distribu.platform.companies.Stores;

/** The public catalog of one store and its product pages. */
@Controller
class StorefrontPages {

	private final Stores stores;

	private final ShelfRepository shelf;

	private final ShelfPrices prices;

	StorefrontPages(Stores stores, ShelfRepository shelf, ShelfPrices prices) {
		this.stores = stores;
		this.shelf = shelf;
		this.prices = prices;
	}

	/** Four rows of a wide screen, a short scroll on a phone. */
	static final int PAGE_SIZE = 24;

	@GetMapping("/store/{slug}")
	String catalog(@PathVariable String slug, @RequestParam(required = false) String category,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
			Authentication authentication, Model model, HttpServletResponse response) {
		Optional<Store> store = this.stores.findBySlug(slug);
		if (store.isEmpty()) {
			return storeNotFound(slug, model, response);
		}
		UUID companyId = store.get().companyId();
		String selected = blankToNull(category);
		String search = blankToNull(q);
		model.addAttribute("store", store.get());
		model.addAttribute("category", selected);
		model.addAttribute("q", search);
		model.addAttribute("categories", this.shelf.categories(companyId));
		Shopper shopper = Shopper.of(authentication, companyId);
		Shelf unpriced = this.shelf.products(companyId, shopper, selected, search, page, PAGE_SIZE);
		Shelf shelf = unpriced.with(this.prices.priced(companyId, shopper, unpriced.products()));
		model.addAttribute("shelf", shelf);
		model.addAttribute("previousPage",
				shelf.hasPrevious() ? pageLink(slug, selected, search, shelf.page() - 1) : null);
		model.addAttribute("nextPage", shelf.hasNext() ? pageLink(slug, selected, search, shelf.page() + 1) : null);
		return "storefront/catalog";
	}

	@GetMapping("/store/{slug}/products/{id}")
	String product(@PathVariable String slug, @PathVariable String id, Authentication authentication, Model model,
			HttpServletResponse response) {
		Optional<Store> store = this.stores.findBySlug(slug);
		if (store.isEmpty()) {
			return storeNotFound(slug, model, response);
		}
		UUID companyId = store.get().companyId();
		Shopper shopper = Shopper.of(authentication, companyId);
		Optional<ShelfItem> product = this.prices.priced(companyId, shopper,
				parse(id).flatMap((productId) -> this.shelf.product(companyId, shopper, productId)));
		model.addAttribute("store", store.get());
		if (product.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "storefront/product-not-found";
		}
		model.addAttribute("product", product.get());
		return "storefront/product";
	}

	/** A page of the same search, with only the filters in use in the address. */
	private static String pageLink(String slug, String category, String q, int page) {
		return UriComponentsBuilder.fromPath("/store/{slug}")
			.queryParamIfPresent("q", Optional.ofNullable(q))
			.queryParamIfPresent("category", Optional.ofNullable(category))
			.queryParam("page", page)
			.buildAndExpand(slug)
			.encode()
			.toUriString();
	}

	private static String storeNotFound(String slug, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("slug", slug);
		return "storefront/not-found";
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
