package app.distribu.catalog.product;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.catalog.TeamOnly;
import app.distribu.catalog.category.Categories;
import app.distribu.catalog.pricing.CustomerPricing;
import app.distribu.catalog.stock.Actors;
import app.distribu.platform.security.DistribuPrincipal;

/** The dashboard's inventory: any team member manages products and stock. */
@Controller
@RequestMapping("/dashboard/products")
class ProductPages {

	private static final int PAGE_SIZE = 25;

	private final Catalog catalog;

	private final Categories categories;

	private final CustomerPricing pricing;

	ProductPages(Catalog catalog, Categories categories, CustomerPricing pricing) {
		this.catalog = catalog;
		this.categories = categories;
		this.pricing = pricing;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String created,
			@RequestParam(required = false) String stock, Model model) {
		TeamOnly.require(me);
		ProductFilter filter = ProductFilter.of(q, category, null, StockLevel.of(stock));
		InventorySort order = InventorySort.of(sort);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order.param());
		model.addAttribute("sorts", InventorySort.values());
		model.addAttribute("stockLevels", StockLevel.values());
		model.addAttribute("categories", this.categories.names(me.companyId()));
		model.addAttribute("page", this.catalog.inventory(me.companyId(), filter, order, page, PAGE_SIZE));
		model.addAttribute("created", created);
		// The Active toggle comes back to the same filtered, sorted page.
		model.addAttribute("here",
				UriComponentsBuilder.fromPath("/dashboard/products")
					.queryParamIfPresent("q", Optional.ofNullable(filter.q()))
					.queryParamIfPresent("category", Optional.ofNullable(filter.category()))
					.queryParamIfPresent("stock", Optional.ofNullable(filter.stock()).map(StockLevel::param))
					.queryParam("sort", order.param())
					.queryParam("page", page)
					.encode()
					.toUriString());
		return "products/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		TeamOnly.require(me);
		model.addAttribute("form", NewProduct.blank());
		model.addAttribute("categories", this.categories.names(me.companyId()));
		return "products/new";
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute("form") NewProduct form,
			BindingResult errors, Model model) {
		TeamOnly.require(me);
		if (!errors.hasErrors()) {
			try {
				Product product = this.catalog.addProduct(me.companyId(), form, Actors.of(me));
				return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/products")
					.queryParam("created", product.sku())
					.encode()
					.toUriString();
			}
			catch (DuplicateSku duplicate) {
				errors.rejectValue("sku", "duplicate", duplicate.getMessage());
			}
		}
		model.addAttribute("categories", this.categories.names(me.companyId()));
		return "products/new";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		TeamOnly.require(me);
		return productPage(me, this.catalog.product(me.companyId(), id), model);
	}

	/**
	 * The stock shown in the form is not written back: only adjustments move stock here.
	 */
	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") NewProduct form, BindingResult errors,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		TeamOnly.require(me);
		if (!errors.hasErrors()) {
			try {
				this.catalog.update(me.companyId(), id, form, false, version, Actors.of(me));
				redirect.addFlashAttribute("notice", "Changes saved.");
				return "redirect:/dashboard/products/" + id;
			}
			catch (DuplicateSku duplicate) {
				errors.rejectValue("sku", "duplicate", duplicate.getMessage());
			}
			catch (ProductChangedMeanwhile changed) {
				// Their input stays in the form; the page shows the new version to save
				// over.
				model.addAttribute("problem", changed.getMessage());
			}
		}
		Product product = this.catalog.product(me.companyId(), id);
		return productPage(me, product, model);
	}

	@PostMapping("/{id}/stock")
	String adjustStock(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("adjustment") StockAdjustment adjustment, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TeamOnly.require(me);
		if (!errors.hasErrors()) {
			try {
				Product product = this.catalog.adjustStock(me.companyId(), id, adjustment, Actors.of(me));
				redirect.addFlashAttribute("notice", "Stock is now " + product.stock() + ".");
				return "redirect:/dashboard/products/" + id + "#stock";
			}
			catch (StockBelowZero refused) {
				errors.rejectValue("delta", "belowZero", refused.getMessage());
			}
		}
		return productPage(me, this.catalog.product(me.companyId(), id), model);
	}

	/** The row toggle on the inventory page; goes back to the list it came from. */
	@PostMapping("/{id}/active")
	String setActive(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @RequestParam boolean active,
			@RequestParam(required = false) String back) {
		TeamOnly.require(me);
		this.catalog.setActive(me.companyId(), id, active);
		return "redirect:" + ((back != null && back.startsWith("/dashboard/products")) ? back : "/dashboard/products");
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		TeamOnly.require(me);
		model.addAttribute("product", this.catalog.product(me.companyId(), id));
		return "products/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		TeamOnly.require(me);
		Product product = this.catalog.product(me.companyId(), id);
		this.catalog.delete(me.companyId(), id);
		redirect.addFlashAttribute("notice", "Product " + product.sku() + " was deleted.");
		return "redirect:/dashboard/products";
	}

	private String productPage(DistribuPrincipal me, Product product, Model model) {
		model.addAttribute("product", product);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewProduct.of(product));
		}
		if (!model.containsAttribute("adjustment")) {
			model.addAttribute("adjustment", new StockAdjustment(null, ""));
		}
		model.addAttribute("categories", this.categories.names(me.companyId()));
		model.addAttribute("history", this.catalog.history(me.companyId(), product.id()));
		model.addAttribute("overrides", this.pricing.ofProduct(me.companyId(), product.id()));
		model.addAttribute("customers", this.pricing.customers(me.companyId()));
		return "products/edit";
	}

}
