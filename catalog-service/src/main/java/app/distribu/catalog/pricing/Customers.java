package app.distribu.catalog.pricing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.catalog.db.tables.records.CustomerRefRecord;

import static app.distribu.catalog.db.Tables.CUSTOMER_REF;

/** The customer read model. */
@Repository
class Customers {

	private final DSLContext db;

	Customers(DSLContext db) {
		this.db = db;
	}

	void created(UUID companyId, Customer customer, String email, String group) {
		insert(companyId, customer, email, group).onConflict(CUSTOMER_REF.ID).doNothing().execute();
	}

	/** customer.updated carries the whole of what catalog keeps, so it upserts. */
	void updated(UUID companyId, Customer customer, String email, String group) {
		insert(companyId, customer, email, group).onConflict(CUSTOMER_REF.ID)
			.doUpdate()
			.set(CUSTOMER_REF.NAME, customer.name())
			.set(CUSTOMER_REF.STATUS, customer.status())
			.set(CUSTOMER_REF.EMAIL, email)
			.set(CUSTOMER_REF.GROUP_NAME, blankToNull(group))
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId))
			.execute();
	}

	private InsertSetMoreStep<CustomerRefRecord> insert(UUID companyId, Customer customer, String email, String group) {
		return this.db.insertInto(CUSTOMER_REF)
			.set(CUSTOMER_REF.ID, customer.id())
			.set(CUSTOMER_REF.COMPANY_ID, companyId)
			.set(CUSTOMER_REF.NAME, customer.name())
			.set(CUSTOMER_REF.STATUS, customer.status())
			.set(CUSTOMER_REF.EMAIL, email)
			.set(CUSTOMER_REF.GROUP_NAME, blankToNull(group));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	void statusChanged(UUID companyId, UUID customerId, String status) {
		this.db.update(CUSTOMER_REF)
			.set(CUSTOMER_REF.STATUS, status)
			.where(CUSTOMER_REF.ID.eq(customerId).and(CUSTOMER_REF.COMPANY_ID.eq(companyId)))
			.execute();
	}

	/** Emails compare case-insensitively, as everywhere in Distribu. */
	Optional<UUID> byEmail(UUID companyId, String email) {
		return this.db.select(CUSTOMER_REF.ID)
			.from(CUSTOMER_REF)
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId).and(DSL.lower(CUSTOMER_REF.EMAIL).eq(email.toLowerCase())))
			.fetchOptional(CUSTOMER_REF.ID);
	}

	boolean exists(UUID companyId, UUID customerId) {
		return this.db.fetchExists(CUSTOMER_REF,
				CUSTOMER_REF.ID.eq(customerId).and(CUSTOMER_REF.COMPANY_ID.eq(companyId)));
	}

	/** The groups customer-service has put customers in, by name. */
	List<String> groups(UUID companyId) {
		return this.db.selectDistinct(CUSTOMER_REF.GROUP_NAME)
			.from(CUSTOMER_REF)
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId).and(CUSTOMER_REF.GROUP_NAME.isNotNull()))
			.orderBy(CUSTOMER_REF.GROUP_NAME)
			.fetch(CUSTOMER_REF.GROUP_NAME);
	}

	List<Customer> all(UUID companyId) {
		return this.db.selectFrom(CUSTOMER_REF)
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId))
			.orderBy(CUSTOMER_REF.NAME, CUSTOMER_REF.ID)
			.fetch((row) -> new Customer(row.getId(), row.getName(), row.getStatus()));
	}

}
