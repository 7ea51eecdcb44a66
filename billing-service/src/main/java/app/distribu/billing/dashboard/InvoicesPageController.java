package app.distribu.billing.dashboard;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.billing.BillingProperties;
import app.distribu.billing.account.BillingAccounts;
import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceRepository;
import app.distribu.billing.provider.PaymentProvider;
import app.distribu.billing.subscription.Settling;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;

/** Invoices with their IDs, each as a printable page. Owners only. */
@Controller
class InvoicesPageController {

	private final InvoiceRepository invoices;

	private final BillingAccounts accounts;

	private final PaymentProvider provider;

	private final BillingProperties properties;

	private final Settling settling;

	private final TransactionTemplate transaction;

	InvoicesPageController(InvoiceRepository invoices, BillingAccounts accounts, PaymentProvider provider,
			BillingProperties properties, Settling settling, TransactionTemplate transaction) {
		this.invoices = invoices;
		this.accounts = accounts;
		this.provider = provider;
		this.properties = properties;
		this.settling = settling;
		this.transaction = transaction;
	}

	@GetMapping("/dashboard/billing/invoices")
	String list(@AuthenticationPrincipal DistribuPrincipal me, Model model) {
		me.requireRole(Role.OWNER);
		model.addAttribute("invoices", this.invoices.list(me.companyId(), 100).stream().map(InvoiceView::new).toList());
		return "billing/invoices";
	}

	@GetMapping("/dashboard/billing/invoices/{id}")
	String invoice(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id, Model model) {
		me.requireRole(Role.OWNER);
		Invoice invoice = this.invoices.find(me.companyId(), id).orElseThrow(() -> new NotFound("Invoice"));
		model.addAttribute("invoice", new InvoiceView(invoice));
		model.addAttribute("account", this.accounts.find(me.companyId()));
		model.addAttribute("bankTransfer", this.provider.settledBySupport());
		model.addAttribute("demoPayments", demoPayments());
		return "billing/invoice";
	}

	/**
	 * The local stack's "pay this invoice": does what support does when a bank transfer
	 * arrives. Absent unless {@code BILLING_DEMO_PAYMENTS=true} with the manual provider.
	 */
	@PostMapping("/dashboard/billing/invoices/{id}/demo-payment")
	String demoPayment(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id,
			RedirectAttributes redirect) {
		me.requireRole(Role.OWNER);
		if (!demoPayments()) {
			throw new NotFound("Page");
		}
		Invoice invoice = this.invoices.find(me.companyId(), id).orElseThrow(() -> new NotFound("Invoice"));
		this.transaction.executeWithoutResult((status) -> this.settling.paid(invoice.id()));
		redirect.addFlashAttribute("message", "Payment received: invoice " + invoice.number() + " is paid.");
		return "redirect:/dashboard/billing/invoices/" + id;
	}

	private boolean demoPayments() {
		return this.properties.demoPayments() && this.provider.settledBySupport();
	}

}
