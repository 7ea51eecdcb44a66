package app.distribu.catalog.product;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import app.distribu.platform.security.DistribuPrincipal;

/** The dashboard's inventory: any team member may list and add products. */
@Controller
@RequestMapping("/dashboard/products")
class ProductPages {

	private static final int PAGE_SIZE = 50;

	private final Catalog catalog;

	ProductPages(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String created, Model model) {
		requireTeamMember(me);
		model.addAttribute("page", this.catalog.products(me.companyId(), PAGE_SIZE, cursor));
		model.addAttribute("created", created);
		return "products/list";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		requireTeamMember(me);
		model.addAttribute("form", new NewProduct("", "", "", "", null, null, null, true));
		return "products/new";
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute("form") NewProduct form,
			BindingResult errors) {
		requireTeamMember(me);
		if (errors.hasErrors()) {
			return "products/new";
		}
		try {
			Product product = this.catalog.addProduct(me.companyId(), form);
			return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/products")
				.queryParam("created", product.sku())
				.encode()
				.toUriString();
		}
		catch (DuplicateSku duplicate) {
			errors.rejectValue("sku", "duplicate", duplicate.getMessage());
			return "products/new";
		}
	}

	private static void requireTeamMember(DistribuPrincipal me) {
		if (me == null || !me.isUser() || me.roles().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
