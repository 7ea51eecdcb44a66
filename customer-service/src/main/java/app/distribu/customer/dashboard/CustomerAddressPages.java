package app.distribu.customer.dashboard;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import app.distribu.customer.TeamOnly;
import app.distribu.customer.accounts.AddressInput;
import app.distribu.customer.accounts.Addresses;
import app.distribu.platform.security.DistribuPrincipal;

/** A customer's shipping and billing addresses on its detail page. */
@Controller
@RequestMapping("/dashboard/customers/{id}/addresses")
class CustomerAddressPages {

	private final Addresses addresses;

	private final CustomerDetailView view;

	CustomerAddressPages(Addresses addresses, CustomerDetailView view) {
		this.addresses = addresses;
		this.view = view;
	}

	@PostMapping
	String addAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@Valid @ModelAttribute("address") AddressInput address, BindingResult errors, Model model) {
		TeamOnly.require(me);
		if (errors.hasErrors()) {
			model.addAttribute("problem", errors.getFieldErrors().get(0).getDefaultMessage());
			return this.view.show(me, id, List.of(), model);
		}
		this.addresses.add(me.companyId(), id, address);
		return CustomerDetailView.redirect(id, "Address added.");
	}

	@PostMapping("/{addressId}/default")
	String defaultAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID addressId) {
		TeamOnly.require(me);
		this.addresses.makeDefault(me.companyId(), id, addressId);
		return CustomerDetailView.redirect(id, "Default address changed.");
	}

	@PostMapping("/{addressId}/remove")
	String removeAddress(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID addressId) {
		TeamOnly.require(me);
		this.addresses.remove(me.companyId(), id, addressId);
		return CustomerDetailView.redirect(id, "Address removed.");
	}

}
