package app.distribu.catalog.category;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.catalog.TeamOnly;
import app.distribu.platform.security.DistribuPrincipal;

/** Any team member manages the company's categories. */
@Controller
@RequestMapping("/dashboard/products/categories")
class CategoryPages {

	private static final String LIST = "redirect:/dashboard/products/categories";

	private final Categories categories;

	private final CategoryEditing editing;

	CategoryPages(Categories categories, CategoryEditing editing) {
		this.categories = categories;
		this.editing = editing;
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
	String create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute("form") CategoryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TeamOnly.require(me);
		if (!errors.hasErrors()) {
			try {
				String name = this.editing.create(me.companyId(), form.trimmed());
				redirect.addFlashAttribute("notice", "Category " + name + " was added.");
				return LIST;
			}
			catch (CategoryNameTaken taken) {
				errors.rejectValue("name", "duplicate", taken.getMessage());
			}
		}
		return list(me, model);
	}

	@PostMapping("/{id}/rename")
	String rename(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("form") CategoryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TeamOnly.require(me);
		if (!errors.hasErrors()) {
			try {
				String old = this.editing.rename(me.companyId(), id, form.trimmed());
				redirect.addFlashAttribute("notice", "Category " + old + " is now " + form.trimmed() + ".");
				return LIST;
			}
			catch (CategoryNameTaken taken) {
				errors.rejectValue("name", "duplicate", taken.getMessage());
			}
		}
		this.editing.category(me.companyId(), id);
		model.addAttribute("renaming", id);
		return list(me, model);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		TeamOnly.require(me);
		model.addAttribute("category", this.editing.category(me.companyId(), id));
		return "categories/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		TeamOnly.require(me);
		String name = this.editing.delete(me.companyId(), id);
		redirect.addFlashAttribute("notice", "Category " + name + " was deleted; its products are uncategorised.");
		return LIST;
	}

}
