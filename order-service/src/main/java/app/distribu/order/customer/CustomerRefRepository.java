package app.distribu.order.customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.JSONB;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Repository;

import app.distribu.order.db.tables.records.CustomerRefRecord;

import static app.distribu.order.db.Tables.CREDIT_POLICY_REF;
import static app.distribu.order.db.Tables.CUSTOMER_REF;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.inline;

/**
 * The customer read model. Every write is limited to the row's own company, so an event
 * or answer naming another company's customer changes nothing.
 */
@Repository
class CustomerRefRepository {

	private static final TypeReference<List<OrderCustomer.Address>> ADDRESSES = new TypeReference<>() {
	};

	private static final TypeReference<List<BuyerRules.Contact>> BUYERS = new TypeReference<>() {
	};

	private final DSLContext db;

	private final JsonMapper json;

	CustomerRefRepository(DSLContext db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	Optional<CustomerRef> find(UUID companyId, UUID id) {
		return this.db.selectFrom(CUSTOMER_REF)
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId)
				.and(CUSTOMER_REF.ID.eq(id))
				.and(CUSTOMER_REF.REMOVED.isFalse()))
			.fetchOptional((r) -> new CustomerRef(r.getId(), r.getCompanyId(), r.getName(), r.getStatus()));
	}

	/**
	 * The whole profile with the company's credit switch in one query, when the profile
	 * came from customer-service with a revision. A company without a switch event never
	 * switched: reference only (customer-service announced the ones that had switched
	 * before the event existed, its V41_2).
	 */
	Optional<OrderCustomer> profile(UUID companyId, UUID id) {
		return this.db
			.select(CUSTOMER_REF.ID, CUSTOMER_REF.NAME, CUSTOMER_REF.STATUS, CUSTOMER_REF.ADDRESSES,
					CUSTOMER_REF.PAYMENT_TERMS, CUSTOMER_REF.CREDIT_LIMIT,
					coalesce(CREDIT_POLICY_REF.ENFORCED, inline(false)))
			.from(CUSTOMER_REF)
			.leftJoin(CREDIT_POLICY_REF)
			.on(CREDIT_POLICY_REF.COMPANY_ID.eq(CUSTOMER_REF.COMPANY_ID))
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId)
				.and(CUSTOMER_REF.ID.eq(id))
				.and(CUSTOMER_REF.REVISION.isNotNull())
				.and(CUSTOMER_REF.REMOVED.isFalse()))
			.fetchOptional((r) -> new OrderCustomer(new CustomerRef(r.value1(), companyId, r.value2(), r.value3()),
					addresses(r.value4()), r.value5(), r.value6(), r.value7(), true));
	}

	/** The buyer roles and threshold of the customer's profile, if it has one. */
	Optional<BuyerRules> rules(UUID companyId, UUID id) {
		return this.db.select(CUSTOMER_REF.APPROVAL_THRESHOLD, CUSTOMER_REF.BUYERS)
			.from(CUSTOMER_REF)
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId)
				.and(CUSTOMER_REF.ID.eq(id))
				.and(CUSTOMER_REF.REVISION.isNotNull())
				.and(CUSTOMER_REF.REMOVED.isFalse()))
			.fetchOptional((r) -> new BuyerRules(r.value1(),
					(r.value2() != null) ? List.copyOf(this.json.readValue(r.value2().data(), BUYERS)) : List.of()));
	}

	/** A fresh answer from customer-service without a revision: name and status only. */
	void save(CustomerRef customer) {
		insert(customer).onConflict(CUSTOMER_REF.ID)
			.doUpdate()
			.set(CUSTOMER_REF.NAME, customer.name())
			.set(CUSTOMER_REF.STATUS, customer.status())
			.set(CUSTOMER_REF.UPDATED_AT, currentOffsetDateTime())
			.where(CUSTOMER_REF.COMPANY_ID.eq(customer.companyId())
				.and(CUSTOMER_REF.REVISION.isNull())
				.and(CUSTOMER_REF.REMOVED.isFalse()))
			.execute();
	}

	/**
	 * The customer's profile as of {@code revision}; an older or equal revision than the
	 * one stored changes nothing, so events may come late, twice or out of order.
	 */
	void saveProfile(OrderCustomer profile, BuyerRules rules, long revision) {
		CustomerRef customer = profile.customer();
		JSONB addresses = JSONB.valueOf(this.json.writeValueAsString(profile.addresses()));
		JSONB buyers = JSONB.valueOf(this.json.writeValueAsString(rules.contacts()));
		insert(customer).set(CUSTOMER_REF.REVISION, revision)
			.set(CUSTOMER_REF.PAYMENT_TERMS, profile.paymentTerms())
			.set(CUSTOMER_REF.CREDIT_LIMIT, profile.creditLimit())
			.set(CUSTOMER_REF.ADDRESSES, addresses)
			.set(CUSTOMER_REF.APPROVAL_THRESHOLD, rules.threshold())
			.set(CUSTOMER_REF.BUYERS, buyers)
			.onConflict(CUSTOMER_REF.ID)
			.doUpdate()
			.set(CUSTOMER_REF.NAME, customer.name())
			.set(CUSTOMER_REF.STATUS, customer.status())
			.set(CUSTOMER_REF.REVISION, revision)
			.set(CUSTOMER_REF.PAYMENT_TERMS, profile.paymentTerms())
			.set(CUSTOMER_REF.CREDIT_LIMIT, profile.creditLimit())
			.set(CUSTOMER_REF.ADDRESSES, addresses)
			.set(CUSTOMER_REF.APPROVAL_THRESHOLD, rules.threshold())
			.set(CUSTOMER_REF.BUYERS, buyers)
			.set(CUSTOMER_REF.UPDATED_AT, currentOffsetDateTime())
			.where(CUSTOMER_REF.COMPANY_ID.eq(customer.companyId())
				.and(CUSTOMER_REF.REMOVED.isFalse())
				.and(CUSTOMER_REF.REVISION.isNull().or(CUSTOMER_REF.REVISION.lt(revision))))
			.execute();
	}

	/** The company's credit switch as of {@code revision}; older ones change nothing. */
	void savePolicy(UUID companyId, boolean enforced, long revision) {
		this.db.insertInto(CREDIT_POLICY_REF)
			.set(CREDIT_POLICY_REF.COMPANY_ID, companyId)
			.set(CREDIT_POLICY_REF.ENFORCED, enforced)
			.set(CREDIT_POLICY_REF.REVISION, revision)
			.onConflict(CREDIT_POLICY_REF.COMPANY_ID)
			.doUpdate()
			.set(CREDIT_POLICY_REF.ENFORCED, enforced)
			.set(CREDIT_POLICY_REF.REVISION, revision)
			.set(CREDIT_POLICY_REF.UPDATED_AT, currentOffsetDateTime())
			.where(CREDIT_POLICY_REF.REVISION.lt(revision))
			.execute();
	}

	/**
	 * A created or registered event: fills in the name of a customer whose profile is not
	 * known yet (a profile carries its own name).
	 */
	void created(CustomerRef customer) {
		insert(customer).onConflict(CUSTOMER_REF.ID)
			.doUpdate()
			.set(CUSTOMER_REF.NAME, customer.name())
			.where(CUSTOMER_REF.COMPANY_ID.eq(customer.companyId()).and(CUSTOMER_REF.REVISION.isNull()))
			.execute();
	}

	/** Only for a customer without a profile: a profile's status carries a revision. */
	void statusChanged(UUID companyId, UUID id, String status) {
		this.db.insertInto(CUSTOMER_REF)
			.set(CUSTOMER_REF.ID, id)
			.set(CUSTOMER_REF.COMPANY_ID, companyId)
			.set(CUSTOMER_REF.STATUS, status)
			.onConflict(CUSTOMER_REF.ID)
			.doUpdate()
			.set(CUSTOMER_REF.STATUS, status)
			.set(CUSTOMER_REF.UPDATED_AT, currentOffsetDateTime())
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId).and(CUSTOMER_REF.REVISION.isNull()))
			.execute();
	}

	/**
	 * A rejected registration is deleted at customer-service; ids are never reused, so
	 * the row stays as a tombstone that no later event or answer revives.
	 */
	void removed(UUID companyId, UUID id) {
		this.db.insertInto(CUSTOMER_REF)
			.set(CUSTOMER_REF.ID, id)
			.set(CUSTOMER_REF.COMPANY_ID, companyId)
			.set(CUSTOMER_REF.STATUS, "REMOVED")
			.set(CUSTOMER_REF.REMOVED, true)
			.onConflict(CUSTOMER_REF.ID)
			.doUpdate()
			.set(CUSTOMER_REF.REMOVED, true)
			.set(CUSTOMER_REF.UPDATED_AT, currentOffsetDateTime())
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId))
			.execute();
	}

	private InsertSetMoreStep<CustomerRefRecord> insert(CustomerRef customer) {
		return this.db.insertInto(CUSTOMER_REF)
			.set(CUSTOMER_REF.ID, customer.id())
			.set(CUSTOMER_REF.COMPANY_ID, customer.companyId())
			.set(CUSTOMER_REF.NAME, customer.name())
			.set(CUSTOMER_REF.STATUS, customer.status());
	}

	private List<OrderCustomer.Address> addresses(JSONB stored) {
		return (stored != null) ? List.copyOf(this.json.readValue(stored.data(), ADDRESSES)) : List.of();
	}

}
