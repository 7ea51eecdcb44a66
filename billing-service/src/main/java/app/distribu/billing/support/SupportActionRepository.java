package app.distribu.billing.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

import app.distribu.platform.security.DistribuPrincipal;

import static app.distribu.billing.db.Tables.REFUND;
import static app.distribu.billing.db.Tables.SUPPORT_ACTION;

@Repository
class SupportActionRepository {

	private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
	};

	private final DSLContext db;

	private final JsonMapper json;

	SupportActionRepository(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/** The answer an action gave the first time, if it ran already. */
	Optional<SupportResult> find(UUID actionId, String kind) {
		return this.db.selectFrom(SUPPORT_ACTION)
			.where(SUPPORT_ACTION.ID.eq(actionId).and(SUPPORT_ACTION.KIND.eq(kind)))
			.fetchOptional((r) -> new SupportResult(r.getId(), r.getCompanyId(), r.getInvoiceId(),
					this.json.readValue(r.getBeforeState(), STATE), this.json.readValue(r.getAfterState(), STATE)));
	}

	void insert(String kind, DistribuPrincipal actor, String reason, SupportResult result, Instant at) {
		this.db.insertInto(SUPPORT_ACTION)
			.set(SUPPORT_ACTION.ID, result.actionId())
			.set(SUPPORT_ACTION.KIND, kind)
			.set(SUPPORT_ACTION.COMPANY_ID, result.companyId())
			.set(SUPPORT_ACTION.INVOICE_ID, result.invoiceId())
			.set(SUPPORT_ACTION.ACTOR_ID, actor.subjectId())
			.set(SUPPORT_ACTION.ACTOR_EMAIL, actor.email())
			.set(SUPPORT_ACTION.REASON, reason)
			.set(SUPPORT_ACTION.BEFORE_STATE, this.json.writeValueAsString(result.before()))
			.set(SUPPORT_ACTION.AFTER_STATE, this.json.writeValueAsString(result.after()))
			.set(SUPPORT_ACTION.CREATED_AT, at.atOffset(ZoneOffset.UTC))
			.execute();
	}

	void insertRefund(UUID id, UUID invoiceId, UUID companyId, long amountCents, String providerRefundId, Instant at) {
		this.db.insertInto(REFUND)
			.set(REFUND.ID, id)
			.set(REFUND.INVOICE_ID, invoiceId)
			.set(REFUND.COMPANY_ID, companyId)
			.set(REFUND.AMOUNT_CENTS, amountCents)
			.set(REFUND.PROVIDER_REFUND_ID, providerRefundId)
			.set(REFUND.CREATED_AT, at.atOffset(ZoneOffset.UTC))
			.execute();
	}

	List<Map<String, Object>> refunds(UUID invoiceId) {
		return this.db.selectFrom(REFUND)
			.where(REFUND.INVOICE_ID.eq(invoiceId))
			.orderBy(REFUND.CREATED_AT)
			.fetch((r) -> Map.<String, Object>of("id", r.getId(), "amountCents", r.getAmountCents(), "at",
					r.getCreatedAt().toInstant().toString()));
	}

}
