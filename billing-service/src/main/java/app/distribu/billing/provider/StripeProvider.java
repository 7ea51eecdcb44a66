package app.distribu.billing.provider;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreateParams;
import com.stripe.param.InvoiceFinalizeInvoiceParams;
import com.stripe.param.InvoiceItemCreateParams;
import com.stripe.param.InvoicePayParams;
import com.stripe.param.InvoiceRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.billingportal.SessionCreateParams;

import app.distribu.billing.account.BillingAccount;
import app.distribu.billing.invoice.Invoice;
import app.distribu.billing.invoice.InvoiceLine;

/**
 * Stripe as the payment provider, through Stripe's Java library. Each Distribu invoice
 * becomes a Stripe invoice with the same lines (credits as negative items), finalized and
 * paid off-session with the customer's default payment method; a 3-D Secure hold or a
 * decline leaves it open with its hosted page to finish or retry. Every request carries
 * an idempotency key derived from our ids, so a retry after a timeout repeats nothing at
 * Stripe. Stripe Subscriptions are not used: billing-service owns periods and proration
 * for both providers (docs/billing-service.md).
 */
class StripeProvider implements PaymentProvider {

	static final String NAME = Stripe.NAME;

	static final String INVOICE_METADATA = Stripe.INVOICE_METADATA;

	private final StripeClient stripe;

	private final StripeProperties properties;

	StripeProvider(StripeProperties properties) {
		if (properties.apiKey() == null || properties.apiKey().isBlank()) {
			throw new IllegalStateException("BILLING_PROVIDER=stripe needs STRIPE_API_KEY");
		}
		this.properties = properties;
		this.stripe = StripeClient.builder()
			.setApiKey(properties.apiKey())
			.setApiBase(properties.apiBase())
			.setConnectTimeout(5_000)
			.setReadTimeout(20_000)
			.setMaxNetworkRetries(2)
			.build();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Collection collect(Invoice invoice, BillingAccount account) {
		String key = invoice.id().toString();
		try {
			String customer = customer(account);
			String currency = invoice.currency().toLowerCase(Locale.ROOT);
			com.stripe.model.Invoice created = this.stripe.invoices()
				.create(InvoiceCreateParams.builder()
					.setCustomer(customer)
					.setCurrency(currency)
					.setCollectionMethod(InvoiceCreateParams.CollectionMethod.CHARGE_AUTOMATICALLY)
					.setAutoAdvance(false)
					.setPendingInvoiceItemsBehavior(InvoiceCreateParams.PendingInvoiceItemsBehavior.EXCLUDE)
					.setDescription("Distribu " + invoice.number())
					.putMetadata(INVOICE_METADATA, key)
					.putMetadata("distribu_invoice_number", invoice.number())
					.build(), idempotent("invoice-" + key));
			int position = 0;
			for (InvoiceLine line : invoice.lines()) {
				this.stripe.invoiceItems()
					.create(InvoiceItemCreateParams.builder()
						.setCustomer(customer)
						.setInvoice(created.getId())
						.setCurrency(currency)
						.setAmount(line.amountCents())
						.setDescription(line.description())
						.build(), idempotent("invoice-" + key + "-line-" + (++position)));
			}
			com.stripe.model.Invoice open = this.stripe.invoices()
				.finalizeInvoice(created.getId(), InvoiceFinalizeInvoiceParams.builder().setAutoAdvance(false).build(),
						idempotent("finalize-" + key));
			if ("paid".equals(open.getStatus())) {
				return new Collection(Outcome.PAID, open.getId(), customer, null, null);
			}
			return pay(open, customer, key);
		}
		catch (ApiConnectionException ex) {
			throw new IllegalStateException("Stripe could not be reached", ex);
		}
		catch (StripeException ex) {
			throw new IllegalStateException("Stripe refused invoice " + invoice.number() + ": " + ex.getCode(), ex);
		}
	}

	private Collection pay(com.stripe.model.Invoice open, String customer, String key) throws StripeException {
		try {
			com.stripe.model.Invoice paid = this.stripe.invoices()
				.pay(open.getId(), InvoicePayParams.builder().setOffSession(true).build(), idempotent("pay-" + key));
			return new Collection("paid".equals(paid.getStatus()) ? Outcome.PAID : Outcome.AWAITING_PAYMENT,
					open.getId(), customer, null, open.getHostedInvoiceUrl());
		}
		catch (CardException ex) {
			boolean authenticate = "authentication_required".equals(ex.getCode())
					|| "invoice_payment_intent_requires_action".equals(ex.getCode());
			return new Collection(authenticate ? Outcome.REQUIRES_ACTION : Outcome.FAILED, open.getId(), customer,
					authenticate ? null : declined(ex), open.getHostedInvoiceUrl());
		}
		catch (InvalidRequestException ex) {
			if ("invoice_payment_intent_requires_action".equals(ex.getCode())) {
				return new Collection(Outcome.REQUIRES_ACTION, open.getId(), customer, null,
						open.getHostedInvoiceUrl());
			}
			// No payment method yet: the customer pays on Stripe's hosted invoice page.
			return new Collection(Outcome.AWAITING_PAYMENT, open.getId(), customer, null, open.getHostedInvoiceUrl());
		}
	}

	private String customer(BillingAccount account) throws StripeException {
		if (account.providerCustomerId() != null) {
			return account.providerCustomerId();
		}
		Customer customer = this.stripe.customers()
			.create(CustomerCreateParams.builder()
				.setName(account.displayName())
				.setEmail(account.ownerEmail())
				.putMetadata("distribu_company_id", account.companyId().toString())
				.build(), idempotent("customer-" + account.companyId()));
		return customer.getId();
	}

	@Override
	public Optional<String> refund(Invoice invoice, long amountCents, UUID refundId) {
		try {
			com.stripe.model.Invoice paid = this.stripe.invoices()
				.retrieve(invoice.providerInvoiceId(), InvoiceRetrieveParams.builder().addExpand("payments").build(),
						RequestOptions.getDefault());
			String paymentIntent = paid.getPayments()
				.getData()
				.stream()
				.filter((payment) -> "paid".equals(payment.getStatus()))
				.map((payment) -> payment.getPayment().getPaymentIntent())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"Stripe shows no paid payment for invoice " + invoice.providerInvoiceId()));
			return Optional.of(this.stripe.refunds()
				.create(RefundCreateParams.builder()
					.setPaymentIntent(paymentIntent)
					.setAmount(amountCents)
					.putMetadata(INVOICE_METADATA, invoice.id().toString())
					.build(), idempotent("refund-" + refundId))
				.getId());
		}
		catch (StripeException ex) {
			throw new ProviderRefused("Stripe refused the refund: " + ex.getMessage());
		}
	}

	@Override
	public Optional<String> portalUrl(BillingAccount account, String returnPath) {
		if (account.providerCustomerId() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.stripe.billingPortal()
				.sessions()
				.create(SessionCreateParams.builder()
					.setCustomer(account.providerCustomerId())
					.setReturnUrl(this.properties.portalReturnBase() + returnPath)
					.build())
				.getUrl());
		}
		catch (StripeException ex) {
			throw new ProviderRefused("Stripe's billing portal is not available right now. Try again in a minute.");
		}
	}

	@Override
	public boolean settledBySupport() {
		return false;
	}

	private static RequestOptions idempotent(String key) {
		return RequestOptions.builder().setIdempotencyKey("distribu-" + key).build();
	}

	private static String declined(CardException ex) {
		return (ex.getDeclineCode() != null) ? "declined: " + ex.getDeclineCode().replace('_', ' ')
				: "declined by the bank";
	}

}
