package app.distribu.catalog.category;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.catalog.TeamOnly;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.NotFound;

/** Any team member manages the company's categories. */
@Controller
@RequestMapping("/dashboard/products/categories")
class CategoryPages {

	private final Categories categories;

	CategoryPages(Categories categories) {
		this.categories = categories;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		TeamOnly.require(me);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CategoryForm(""));
		}
		model.addAttribute("categories", this.categories.all(me.companyId()));
		return "categories/list";
	}

	@PostMapping
	@Transactional
	String create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute("form") CategoryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TeamOnly.require(me);
		if (!errors.hasErrors() && !this.categories.create(me.companyId(), form.trimmed())) {
			errors.rejectValue("name", "duplicate", taken(form.trimmed()));
		}
		if (errors.hasErrors()) {
			return list(me, model);
		}
		redirect.addFlashAttribute("notice", "Category " + form.trimmed() + " was added.");
		return "redirect:/dashboard/products/categories";
	}

	@PostMapping("/{id}/rename")
	@Transactional
	String rename(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TeamOnly.require(me);
		String old = this.categories.name(me.companyId(), id).orElseThrow(() -> new NotFound("Category " + id));
		if (!errors.hasErrors() && this.categories.nameTaken(me.companyId(), form.trimmed(), id)) {
			errors.rejectValue("name", "duplicate", taken(form.trimmed()));
		}
		if (errors.hasErrors()) {
			model.addAttribute("renaming", id);
			return list(me, model);
		}
		this.categories.rename(me.companyId(), id, form.trimmed());
		redirect.addFlashAttribute("notice", "Category " + old + " is now " + form.trimmed() + ".");
		return "redirect:/dashboard/products/categories";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		TeamOnly.require(me);
		Category category = this.categories.all(me.companyId())
			.stream()
			.filter((c) -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFound("Category " + id));
		model.addAttribute("category", category);
		return "categories/delete";
	}

	@PostMapping("/{id}/delete")
	@Transactional
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		TeamOnly.require(me);
		String name = this.categories.name(me.companyId(), id).orElseThrow(() -> new NotFound("Category " + id));
		this.categories.delete(me.companyId(), id);
		redirect.addFlashAttribute("notice", "Category " + name + " was deleted; its products are uncategorised.");
		return "redirect:/dashboard/products/categories";
	}

	private static String taken(String name) {
		return "A category named " + name + " already exists.";
	}

}
