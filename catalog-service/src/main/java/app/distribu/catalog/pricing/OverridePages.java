package app.distribu.catalog.pricing;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.catalog.TeamOnly;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.Unprocessable;

/**
 * The customer-prices section of the dashboard product page; both forms come back to it.
 */
@Controller
class OverridePages {

	private final CustomerPricing pricing;

	OverridePages(CustomerPricing pricing) {
		this.pricing = pricing;
	}

	@PostMapping("/dashboard/products/{id}/price-overrides")
	String put(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute OverrideRequest form, BindingResult errors, RedirectAttributes redirect) {
		TeamOnly.require(me);
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("problem", errors.getAllErrors().get(0).getDefaultMessage());
			return back(id);
		}
		try {
			ProductOverride saved = this.pricing.put(me.companyId(), id, form);
			redirect.addFlashAttribute("notice", saved.customerName() + " now pays " + saved.price() + ".");
		}
		catch (Unprocessable refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return back(id);
	}

	@PostMapping("/dashboard/products/{id}/price-overrides/{customerId}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @PathVariable UUID customerId,
			RedirectAttributes redirect) {
		TeamOnly.require(me);
		this.pricing.delete(me.companyId(), id, customerId);
		redirect.addFlashAttribute("notice", "The customer pays the catalog price again.");
		return back(id);
	}

	private static String back(UUID id) {
		return "redirect:/dashboard/products/" + id + "#overrides";
	}

}
