package app.distribu.identity.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.recovery.PasswordResets;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;

/** What support can change, each use case one transaction together with its audit row. */
@Service
class SupportActions {

	static final String CHANGE_EMAIL = "CHANGE_EMAIL";

	static final String RESTORE_OWNER = "RESTORE_OWNER";

	static final String ISSUE_PASSWORD_RESET = "ISSUE_PASSWORD_RESET";

	static final String SETTLE_INVOICE = "SETTLE_INVOICE";

	static final String REFUND_INVOICE = "REFUND_INVOICE";

	static final String MOVE_TO_ENTERPRISE = "MOVE_TO_ENTERPRISE";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final SupportRepository users;

	private final SupportDirectory directory;

	private final AuditLog audit;

	private final PasswordResets resets;

	private final BillingConsole billing;

	SupportActions(SupportRepository users, SupportDirectory directory, AuditLog audit, PasswordResets resets,
			BillingConsole billing) {
		this.users = users;
		this.directory = directory;
		this.audit = audit;
		this.resets = resets;
		this.billing = billing;
	}

	/**
	 * A bank transfer arrived: billing marks the invoice paid, and the audit row (keyed
	 * by the form's action id) records it. Sending the same form twice acts and logs
	 * once.
	 */
	@Transactional
	public void settleInvoice(DistribuPrincipal me, UUID invoiceId, InvoiceActionForm form) {
		me.requireSupport();
		String reason = reason(form.reason());
		JsonNode result = this.billing.settle(invoiceId, form.actionId(), reason);
		recordBilling(me, SETTLE_INVOICE, form.actionId(), reason, result);
	}

	/**
	 * Refunds all (blank amount) or part of a paid invoice through the payment provider.
	 */
	@Transactional
	public void refundInvoice(DistribuPrincipal me, UUID invoiceId, InvoiceActionForm form) {
		me.requireSupport();
		String reason = reason(form.reason());
		JsonNode result = this.billing.refund(invoiceId, form.actionId(), form.amount(), reason);
		recordBilling(me, REFUND_INVOICE, form.actionId(), reason, result);
	}

	/**
	 * Enterprise is sold by the team: the agreed price per interval, invoiced by billing.
	 */
	@Transactional
	public void moveToEnterprise(DistribuPrincipal me, UUID companyId, InvoiceActionForm form) {
		me.requireSupport();
		String reason = reason(form.reason());
		this.directory.company(companyId).orElseThrow(CompanyNotFound::new);
		JsonNode result = this.billing.moveToEnterprise(companyId, form.actionId(),
				(form.interval() != null) ? form.interval() : "MONTHLY", form.price(), reason);
		recordBilling(me, MOVE_TO_ENTERPRISE, form.actionId(), reason, result);
	}

	private void recordBilling(DistribuPrincipal me, String action, UUID actionId, String reason, JsonNode result) {
		JsonNode company = result.path("companyId");
		this.audit.recordOnce(actionId, me, action, company.isString() ? UUID.fromString(company.asString()) : null,
				reason, result.path("before"), result.path("after"));
	}

	/**
	 * Mails the person a single-use reset link (1 hour), as the FAQ's "we'll issue a
	 * reset link". Support never sees the link; support accounts are managed by the
	 * environment.
	 */
	@Transactional
	public void issuePasswordReset(DistribuPrincipal me, UUID userId, String reason) {
		me.requireSupport();
		String why = reason(reason);
		String email = this.users.lockEmail(userId).orElseThrow(UserNotFound::new);
		if (this.users.isSupport(userId)) {
			throw new NotPermitted();
		}
		this.resets.issueFor(userId, me.subjectId());
		this.audit.record(me, ISSUE_PASSWORD_RESET, userId, null, why, state("email", email),
				state("email", email, "resetLink", "mailed"));
	}

	@Transactional
	public void changeEmail(DistribuPrincipal me, UUID userId, ChangeEmailForm form) {
		me.requireSupport();
		String reason = reason(form.reason());
		String email = (form.email() != null) ? form.email().trim() : "";
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			throw new InvalidEmail();
		}
		String before = this.users.lockEmail(userId).orElseThrow(UserNotFound::new);
		if (this.users.emailTakenByAnother(email, userId)) {
			throw new EmailTaken(email);
		}
		try {
			this.users.changeEmail(userId, email);
		}
		catch (DuplicateKeyException ex) {
			// Someone took the address between the check and the update.
			throw new EmailTaken(email);
		}
		this.audit.record(me, CHANGE_EMAIL, userId, null, reason, state("email", before), state("email", email));
	}

	@Transactional
	public UUID restoreOwner(DistribuPrincipal me, UUID companyId, RestoreOwnerForm form) {
		me.requireSupport();
		String reason = reason(form.reason());
		this.directory.company(companyId).orElseThrow(CompanyNotFound::new);
		UUID userId = target(form);
		String email = this.users.lockEmail(userId).orElseThrow(UserNotFound::new);
		if (this.users.isSupport(userId)) {
			throw CannotRestoreOwner.supportAccount(email);
		}
		String role = this.users.lockRole(userId, companyId).orElse(null);
		if ("OWNER".equals(role)) {
			throw CannotRestoreOwner.alreadyOwner(email);
		}
		this.users.makeOwner(userId, companyId);
		this.audit.record(me, RESTORE_OWNER, userId, companyId, reason, state("email", email, "role", role),
				state("email", email, "role", "OWNER"));
		return userId;
	}

	private UUID target(RestoreOwnerForm form) {
		if (form.userId() != null) {
			return form.userId();
		}
		if (form.email() == null || form.email().isBlank()) {
			throw new InvalidEmail();
		}
		return this.users.userIdByEmail(form.email()).orElseThrow(UserNotFound::new);
	}

	/** Fields in a stable order (and nulls kept), so the audit log reads the same way. */
	private static Map<String, Object> state(String... namesAndValues) {
		Map<String, Object> state = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			state.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return state;
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ReasonRequired();
		}
		return reason.trim();
	}

}
