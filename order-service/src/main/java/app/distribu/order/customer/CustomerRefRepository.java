package app.distribu.order.customer;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.InsertOnConflictDoUpdateStep;

import org.springframework.stereotype.Repository;

import app.distribu.order.db.tables.records.CustomerRefRecord;

import static app.distribu.order.db.Tables.CUSTOMER_REF;
import static org.jooq.impl.DSL.currentOffsetDateTime;

@Repository
class CustomerRefRepository {

	private final DSLContext db;

	CustomerRefRepository(DSLContext db) {
		this.db = db;
	}

	Optional<CustomerRef> find(UUID companyId, UUID id) {
		return this.db.selectFrom(CUSTOMER_REF)
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId).and(CUSTOMER_REF.ID.eq(id)))
			.fetchOptional((r) -> new CustomerRef(r.getId(), r.getCompanyId(), r.getName(), r.getStatus()));
	}

	/** A fresh answer from customer-service is the current truth. */
	void save(CustomerRef customer) {
		insert(customer).doUpdate()
			.set(CUSTOMER_REF.NAME, customer.name())
			.set(CUSTOMER_REF.STATUS, customer.status())
			.set(CUSTOMER_REF.UPDATED_AT, currentOffsetDateTime())
			.where(CUSTOMER_REF.COMPANY_ID.eq(customer.companyId()))
			.execute();
	}

	/**
	 * A created event may arrive after a read-through already stored a newer status, so
	 * it only fills in the name of a known customer.
	 */
	void created(CustomerRef customer) {
		insert(customer).doUpdate()
			.set(CUSTOMER_REF.NAME, customer.name())
			.where(CUSTOMER_REF.COMPANY_ID.eq(customer.companyId()))
			.execute();
	}

	void statusChanged(UUID companyId, UUID id, String status) {
		this.db.insertInto(CUSTOMER_REF)
			.set(CUSTOMER_REF.ID, id)
			.set(CUSTOMER_REF.COMPANY_ID, companyId)
			.set(CUSTOMER_REF.STATUS, status)
			.onConflict(CUSTOMER_REF.ID)
			.doUpdate()
			.set(CUSTOMER_REF.STATUS, status)
			.set(CUSTOMER_REF.UPDATED_AT, currentOffsetDateTime())
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId))
			.execute();
	}

	private InsertOnConflictDoUpdateStep<CustomerRefRecord> insert(CustomerRef customer) {
		return this.db.insertInto(CUSTOMER_REF)
			.set(CUSTOMER_REF.ID, customer.id())
			.set(CUSTOMER_REF.COMPANY_ID, customer.companyId())
			.set(CUSTOMER_REF.NAME, customer.name())
			.set(CUSTOMER_REF.STATUS, customer.status())
			.onConflict(CUSTOMER_REF.ID);
	}

}
