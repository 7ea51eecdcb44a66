package app.distribu.identity.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.DomainProblem;

@Controller
@RequestMapping("/support")
class SupportController {

	private final SupportDirectory directory;

	private final SupportActions actions;

	private static final Pattern INVOICE_ID = Pattern.compile("(?i)INV-\\d{4}-\\d+");

	private final AuditLog audit;

	private final BillingConsole billing;

	private final JsonMapper json;

	SupportController(SupportDirectory directory, SupportActions actions, AuditLog audit, BillingConsole billing,
			JsonMapper json) {
		this.directory = directory;
		this.actions = actions;
		this.audit = audit;
		this.billing = billing;
		this.json = json;
	}

	@GetMapping
	String search(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String q,
			Model model) {
		me.requireSupport();
		String query = (q != null) ? q.trim() : "";
		if (INVOICE_ID.matcher(query).matches()) {
			return "redirect:/support/invoices/" + query.toUpperCase();
		}
		model.addAttribute("q", query);
		model.addAttribute("searched", !query.isEmpty());
		model.addAttribute("users", query.isEmpty() ? List.of() : this.directory.searchUsers(query));
		model.addAttribute("companies", query.isEmpty() ? List.of() : this.directory.searchCompanies(query));
		return "support/search";
	}

	@GetMapping("/users/{id}")
	String user(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		me.requireSupport();
		model.addAttribute("user", this.directory.user(id).orElseThrow(UserNotFound::new));
		return "support/user";
	}

	@PostMapping("/users/{id}/email")
	String changeEmail(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@ModelAttribute ChangeEmailForm form, Model model, HttpServletResponse response) {
		try {
			this.actions.changeEmail(me, id, form);
		}
		catch (ReasonRequired | InvalidEmail | EmailTaken problem) {
			// Shown on the user's page, next to the form the agent just filled in.
			model.addAttribute("emailForm", form);
			return rejected(problem, response, model, user(me, id, model));
		}
		return "redirect:/support/users/" + id + "?emailChanged";
	}

	@PostMapping("/users/{id}/password-reset")
	String issuePasswordReset(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		try {
			this.actions.issuePasswordReset(me, id, reason);
		}
		catch (ReasonRequired problem) {
			return rejected(problem, response, model, user(me, id, model));
		}
		return "redirect:/support/users/" + id + "?resetIssued";
	}

	@GetMapping("/companies/{id}")
	String company(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		me.requireSupport();
		model.addAttribute("company", this.directory.company(id).orElseThrow(CompanyNotFound::new));
		try {
			model.addAttribute("billing", map(this.billing.company(id)));
		}
		catch (BillingUnavailable | BillingRefused unavailable) {
			model.addAttribute("billingError", unavailable.getMessage());
		}
		model.addAttribute("actionId", UUID.randomUUID());
		return "support/company";
	}

	@PostMapping("/companies/{id}/enterprise")
	String moveToEnterprise(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@ModelAttribute InvoiceActionForm form, Model model, HttpServletResponse response) {
		me.requireSupport();
		form.requireActionId();
		try {
			this.actions.moveToEnterprise(me, id, form);
		}
		catch (ReasonRequired | BillingRefused | BillingUnavailable problem) {
			return rejected(problem, response, model, company(me, id, model));
		}
		return "redirect:/support/companies/" + id + "?enterprise";
	}

	/** By invoice ID as customers quote it ({@code INV-2026-000042}). */
	@GetMapping("/invoices/{reference}")
	String invoice(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable String reference, Model model) {
		me.requireSupport();
		Map<String, Object> found = map(this.billing.invoice(reference));
		model.addAttribute("invoice", found.get("invoice"));
		model.addAttribute("refunds", found.get("refunds"));
		model.addAttribute("actionId", UUID.randomUUID());
		return "support/invoice";
	}

	@PostMapping("/invoices/{id}/settlement")
	String settle(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@ModelAttribute InvoiceActionForm form, Model model, HttpServletResponse response) {
		me.requireSupport();
		form.requireActionId();
		try {
			this.actions.settleInvoice(me, id, form);
		}
		catch (ReasonRequired | BillingRefused | BillingUnavailable problem) {
			return rejected(problem, response, model, invoice(me, id.toString(), model));
		}
		return "redirect:/support/invoices/" + id + "?settled";
	}

	@PostMapping("/invoices/{id}/refunds")
	String refund(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@ModelAttribute InvoiceActionForm form, Model model, HttpServletResponse response) {
		me.requireSupport();
		form.requireActionId();
		try {
			this.actions.refundInvoice(me, id, form);
		}
		catch (ReasonRequired | BillingRefused | BillingUnavailable problem) {
			return rejected(problem, response, model, invoice(me, id.toString(), model));
		}
		return "redirect:/support/invoices/" + id + "?refunded";
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> map(JsonNode node) {
		return this.json.convertValue(node, Map.class);
	}

	@PostMapping("/companies/{id}/owners")
	String restoreOwner(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			@ModelAttribute RestoreOwnerForm form, Model model, HttpServletResponse response) {
		try {
			this.actions.restoreOwner(me, id, form);
		}
		catch (ReasonRequired | InvalidEmail | CannotRestoreOwner | UserNotFound problem) {
			return rejected(problem, response, model, company(me, id, model));
		}
		return "redirect:/support/companies/" + id + "?ownerRestored";
	}

	@GetMapping("/audit")
	String audit(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(defaultValue = "0") int page,
			Model model) {
		me.requireSupport();
		model.addAttribute("audit", this.audit.page(Math.max(page, 0)));
		return "support/audit";
	}

	private static String rejected(DomainProblem problem, HttpServletResponse response, Model model, String view) {
		response.setStatus(problem.status().value());
		model.addAttribute("error", problem.getMessage());
		return view;
	}

}
