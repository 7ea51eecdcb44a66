package app.distribu.catalog.storefront;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.catalog.store.Store;
import app.distribu.catalog.store.StoreRepository;

@Controller
class StorefrontPages {

	private final StoreRepository stores;

	private final ShelfRepository shelf;

	StorefrontPages(StoreRepository stores, ShelfRepository shelf) {
		this.stores = stores;
		this.shelf = shelf;
	}

	@GetMapping("/store/{slug}")
	String catalog(@PathVariable String slug, @RequestParam(required = false) String category, Model model,
			HttpServletResponse response) {
		Optional<Store> store = this.stores.findBySlug(slug);
		if (store.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("slug", slug);
			return "storefront/not-found";
		}
		String selected = (category == null || category.isBlank()) ? null : category;
		model.addAttribute("store", store.get());
		model.addAttribute("category", selected);
		model.addAttribute("categories", this.shelf.categories(store.get().companyId()));
		model.addAttribute("products", this.shelf.activeProducts(store.get().companyId(), selected));
		return "storefront/catalog";
	}

}
