package app.distribu.catalog.pricelist;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.catalog.TeamOnly;
import app.distribu.catalog.pricing.CustomerPricing;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.DomainProblem;
import app.distribu.platform.web.NotFound;

/**
 * {@code /dashboard/price-lists}: any team member manages lists, their prices,
 * assignments and CSV files. Every form redirects after a successful post; a refused one
 * shows the page again with what was typed.
 */
@Controller
@RequestMapping("/dashboard/price-lists")
class PriceListPages {

	private static final int PRICES_PER_PAGE = 50;

	private final PriceLists lists;

	private final PriceListCsv csv;

	private final ImportReports reports;

	private final CustomerPricing customers;

	PriceListPages(PriceLists lists, PriceListCsv csv, ImportReports reports, CustomerPricing customers) {
		this.lists = lists;
		this.csv = csv;
		this.reports = reports;
		this.customers = customers;
	}

	@GetMapping
	String list(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		TeamOnly.require(me);
		model.addAttribute("lists", this.lists.all(me.companyId()));
		return "pricelists/list";
	}

	@GetMapping("/new")
	String newList(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		TeamOnly.require(me);
		model.addAttribute("details", ListDetails.BLANK);
		return "pricelists/new";
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal DistribuPrincipal me, @Valid @ModelAttribute("details") ListDetails details,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		TeamOnly.require(me);
		if (!errors.hasErrors()) {
			try {
				PriceList created = this.lists.create(me.companyId(), details);
				redirect.addFlashAttribute("notice",
						"Price list " + created.name() + " was created. Add prices and assign it below.");
				return "redirect:/dashboard/price-lists/" + created.id();
			}
			catch (DomainProblem refused) {
				model.addAttribute("problem", refused.getMessage());
			}
		}
		response.setStatus(422);
		return "pricelists/new";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String edit, Model model) {
		TeamOnly.require(me);
		if (!model.containsAttribute("prices")) {
			model.addAttribute("prices", (edit != null && !edit.isBlank())
					? PricesForm.of(this.lists.entry(me.companyId(), id, edit)) : PricesForm.blank());
		}
		return show(me, id, q, cursor, model);
	}

	@PostMapping("/{id}/details")
	String saveDetails(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @RequestParam int version,
			@Valid @ModelAttribute("details") ListDetails details, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TeamOnly.require(me);
		if (!errors.hasErrors()) {
			try {
				this.lists.update(me.companyId(), id, version, details);
				redirect.addFlashAttribute("notice", "Details saved.");
				return back(id);
			}
			catch (DomainProblem refused) {
				if (refused instanceof NotFound) {
					throw refused;
				}
				model.addAttribute("problem", refused.getMessage());
			}
		}
		response.setStatus(422);
		model.addAttribute("prices", PricesForm.blank());
		return show(me, id, null, null, model);
	}

	@PostMapping("/{id}/prices")
	String setPrices(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@ModelAttribute("prices") PricesForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		TeamOnly.require(me);
		String problem = form.problem();
		if (problem == null) {
			try {
				Entry entry = this.lists.setPrices(me.companyId(), id, form.sku(), form.inputs());
				redirect.addFlashAttribute("notice", entry.sku() + " " + entry.name() + ": " + entry.summary() + ".");
				return back(id);
			}
			catch (DomainProblem refused) {
				if (refused instanceof NotFound) {
					throw refused;
				}
				problem = refused.getMessage();
			}
		}
		response.setStatus(422);
		model.addAttribute("pricesProblem", problem);
		model.addAttribute("prices", form.padded());
		return show(me, id, null, null, model);
	}

	@PostMapping("/{id}/prices/remove")
	String removePrices(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, @RequestParam String sku,
			RedirectAttributes redirect) {
		TeamOnly.require(me);
		this.lists.removePrices(me.companyId(), id, sku);
		redirect.addFlashAttribute("notice", sku.trim() + " was removed from the list.");
		return back(id);
	}

	@PostMapping("/{id}/assignments/customer")
	String assignCustomer(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) UUID customerId, RedirectAttributes redirect) {
		TeamOnly.require(me);
		if (customerId == null) {
			redirect.addFlashAttribute("problem", "Choose a customer.");
			return back(id);
		}
		return assigned(id, redirect, () -> this.lists.assignCustomer(me.companyId(), id, customerId));
	}

	@PostMapping("/{id}/assignments/group")
	String assignGroup(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String group, RedirectAttributes redirect) {
		TeamOnly.require(me);
		return assigned(id, redirect, () -> this.lists.assignGroup(me.companyId(), id, group));
	}

	@PostMapping("/{id}/assignments/{assignmentId}/remove")
	String unassign(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID assignmentId, RedirectAttributes redirect) {
		TeamOnly.require(me);
		this.lists.unassign(me.companyId(), id, assignmentId);
		redirect.addFlashAttribute("notice", "The list no longer applies there.");
		return back(id);
	}

	@GetMapping("/{id}/export.csv")
	ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		TeamOnly.require(me);
		PriceList list = this.lists.get(me.companyId(), id);
		return PriceListDownloads.csv(list, (out) -> this.csv.export(me.companyId(), id, out));
	}

	@PostMapping("/{id}/import")
	String importFile(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mode,
			RedirectAttributes redirect) throws IOException {
		TeamOnly.require(me);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "Choose a CSV file to import.");
			return back(id);
		}
		try (InputStream in = file.getInputStream()) {
			ImportReport report = this.csv.importFile(me.companyId(), id, in, PriceImportMode.of(mode));
			return "redirect:/dashboard/price-lists/" + id + "/imports/" + report.id();
		}
		catch (DomainProblem refused) {
			if (refused instanceof NotFound) {
				throw refused;
			}
			redirect.addFlashAttribute("problem", refused.getMessage());
			return back(id);
		}
	}

	@GetMapping("/{id}/imports/{importId}")
	String importReport(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@PathVariable UUID importId, Model model) {
		TeamOnly.require(me);
		model.addAttribute("list", this.lists.get(me.companyId(), id));
		model.addAttribute("report",
				this.reports.find(me.companyId(), id, importId).orElseThrow(() -> new NotFound("Import " + importId)));
		return "pricelists/import";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		TeamOnly.require(me);
		model.addAttribute("view", this.lists.view(me.companyId(), id));
		return "pricelists/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		TeamOnly.require(me);
		PriceList deleted = this.lists.delete(me.companyId(), id);
		redirect.addFlashAttribute("notice", "Price list " + deleted.name() + " was deleted.");
		return "redirect:/dashboard/price-lists";
	}

	private String show(DistribuPrincipal me, UUID id, String q, String cursor, Model model) {
		ListView view = this.lists.view(me.companyId(), id);
		model.addAttribute("view", view);
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", ListDetails.of(view.list()));
		}
		model.addAttribute("q", q);
		model.addAttribute("page", this.lists.entries(me.companyId(), id, q, cursor, PRICES_PER_PAGE));
		model.addAttribute("customers", this.customers.customers(me.companyId()));
		model.addAttribute("groups", this.customers.groups(me.companyId()));
		model.addAttribute("today", this.lists.today());
		return "pricelists/detail";
	}

	private String assigned(UUID id, RedirectAttributes redirect, Runnable assign) {
		try {
			assign.run();
			redirect.addFlashAttribute("notice", "The list now applies there too.");
		}
		catch (DomainProblem refused) {
			if (refused instanceof NotFound) {
				throw refused;
			}
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return back(id);
	}

	private static String back(UUID id) {
		return "redirect:/dashboard/price-lists/" + id;
	}

}
