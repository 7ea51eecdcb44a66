package app.distribu.identity.storefront;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.identity.storefront.StoreSettingsRepository.Store;
import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.Unprocessable;

/**
 * Settings → Storefront. Every form redirects back to the page (POST/redirect/GET); what
 * was saved or refused travels as a flash attribute.
 */
@Controller
@RequestMapping(StorefrontSettingsController.PATH)
class StorefrontSettingsController {

	static final String PATH = "/dashboard/settings/storefront";

	private static final String BACK = "redirect:" + PATH;

	private final StoreSettings settings;

	private final IdentityProperties identity;

	StorefrontSettingsController(StoreSettings settings, IdentityProperties identity) {
		this.settings = settings;
		this.identity = identity;
	}

	@GetMapping
	String page(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		Store store = this.settings.store(me);
		model.addAttribute("store", store);
		model.addAttribute("storeUrl", this.identity.publicBaseUrl() + "/store/" + store.slug());
		model.addAttribute("platformHost", URI.create(this.identity.publicBaseUrl()).getHost());
		model.addAttribute("domains", this.settings.domains(me));
		for (String name : new String[] { "saved", "problem", "problemField", "typedName", "typedDomain" }) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, null);
			}
		}
		return "storefront/settings";
	}

	@PostMapping("/name")
	String rename(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		try {
			this.settings.rename(me, name);
			redirect.addFlashAttribute("saved", "The store's name has been saved.");
		}
		catch (SettingsRefused refused) {
			refuse(redirect, refused);
			redirect.addFlashAttribute("typedName", name);
		}
		return BACK;
	}

	@PostMapping("/logo")
	String uploadLogo(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(name = "logo", required = false) MultipartFile logo, RedirectAttributes redirect)
			throws IOException {
		try {
			this.settings.uploadLogo(me, (logo != null) ? logo.getBytes() : new byte[0]);
			redirect.addFlashAttribute("saved", "The logo has been saved.");
		}
		catch (Unprocessable refused) {
			redirect.addFlashAttribute("problemField", "logo");
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return BACK;
	}

	@PostMapping("/logo/delete")
	String removeLogo(@AuthenticationPrincipal DistribuPrincipal me, RedirectAttributes redirect) {
		this.settings.removeLogo(me);
		redirect.addFlashAttribute("saved", "The logo has been removed. The store shows its initials instead.");
		return BACK;
	}

	@PostMapping("/domains")
	String addDomain(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(defaultValue = "") String domain,
			RedirectAttributes redirect) {
		try {
			StoreDomain added = this.settings.addDomain(me, domain);
			redirect.addFlashAttribute("saved",
					added.host() + " was added. Create the DNS records below, then press Verify.");
		}
		catch (SettingsRefused refused) {
			refuse(redirect, refused);
			redirect.addFlashAttribute("typedDomain", domain);
		}
		return BACK;
	}

	@PostMapping("/domains/{id}/verify")
	String verify(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		StoreDomain domain = this.settings.verify(me, id);
		if (domain.verified()) {
			redirect.addFlashAttribute("saved", domain.host() + " is verified. Your storefront is now at https://"
					+ domain.host() + "/ as soon as its DNS points at us.");
		}
		else {
			redirect.addFlashAttribute("problemField", "verify");
			redirect.addFlashAttribute("problem", domain.lastProblem());
		}
		return BACK;
	}

	@PostMapping("/domains/{id}/delete")
	String removeDomain(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			RedirectAttributes redirect) {
		this.settings.removeDomain(me, id);
		redirect.addFlashAttribute("saved", "The domain has been removed.");
		return BACK;
	}

	private static void refuse(RedirectAttributes redirect, SettingsRefused refused) {
		redirect.addFlashAttribute("problemField", refused.field());
		redirect.addFlashAttribute("problem", refused.getMessage());
	}

}
