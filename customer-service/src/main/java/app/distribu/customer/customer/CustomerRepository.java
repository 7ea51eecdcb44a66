package app.distribu.customer.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import app.distribu.customer.db.tables.records.CustomerRecord;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.PageCursor;

import static app.distribu.customer.db.Tables.ADDRESS;
import static app.distribu.customer.db.Tables.CONTACT;
import static app.distribu.customer.db.Tables.CUSTOMER;

@Repository
class CustomerRepository {

	private final DSLContext db;

	CustomerRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * Returns false when the company already has a customer with this email (any case).
	 */
	boolean insert(UUID companyId, UUID id, NewCustomer command, CustomerStatus status) {
		return this.db.insertInto(CUSTOMER)
			.set(CUSTOMER.ID, id)
			.set(CUSTOMER.COMPANY_ID, companyId)
			.set(CUSTOMER.NAME, command.name().trim())
			.set(CUSTOMER.EMAIL, command.email().trim())
			.set(CUSTOMER.PHONE, blankToNull(command.phone()))
			.set(CUSTOMER.CREDIT_LIMIT, command.creditLimit())
			.set(CUSTOMER.STATUS, status.name())
			.onConflictDoNothing()
			.execute() == 1;
	}

	/**
	 * Returns false when the company already has a contact with this email (any case).
	 */
	boolean insertContact(UUID companyId, UUID customerId, NewCustomer.NewContact contact) {
		return this.db.insertInto(CONTACT)
			.set(CONTACT.ID, UUID.randomUUID())
			.set(CONTACT.CUSTOMER_ID, customerId)
			.set(CONTACT.COMPANY_ID, companyId)
			.set(CONTACT.NAME, contact.name().trim())
			.set(CONTACT.EMAIL, contact.email().trim())
			.onConflictDoNothing()
			.execute() == 1;
	}

	Optional<Customer> find(UUID companyId, UUID id) {
		return this.db.selectFrom(CUSTOMER)
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(id)))
			.fetchOptional(CustomerRepository::toCustomer)
			.map((customer) -> withDetails(companyId, List.of(customer)).get(0));
	}

	/** Oldest first; the cursor is the (created_at, id) of the last item seen. */
	ListPage<Customer> page(UUID companyId, PageCursor after, int limit) {
		Condition condition = CUSTOMER.COMPANY_ID.eq(companyId);
		if (after != null) {
			condition = condition.and(DSL.row(CUSTOMER.CREATED_AT, CUSTOMER.ID).gt(after.createdAt(), after.id()));
		}
		List<Customer> rows = this.db.selectFrom(CUSTOMER)
			.where(condition)
			.orderBy(CUSTOMER.CREATED_AT, CUSTOMER.ID)
			.limit(limit + 1)
			.fetch(CustomerRepository::toCustomer);
		boolean hasMore = rows.size() > limit;
		List<Customer> data = withDetails(companyId, hasMore ? rows.subList(0, limit) : rows);
		String next = hasMore ? new PageCursor(data.get(limit - 1).createdAt(), data.get(limit - 1).id()).encode()
				: null;
		return new ListPage<>(data, hasMore, next);
	}

	private List<Customer> withDetails(UUID companyId, List<Customer> customers) {
		List<UUID> ids = customers.stream().map(Customer::id).toList();
		Map<UUID, List<Customer.Contact>> contacts = contacts(companyId, ids);
		Map<UUID, List<Customer.Address>> addresses = addresses(companyId, ids);
		return customers.stream()
			.map((c) -> c.with(contacts.getOrDefault(c.id(), List.of()), addresses.getOrDefault(c.id(), List.of())))
			.toList();
	}

	private Map<UUID, List<Customer.Contact>> contacts(UUID companyId, Collection<UUID> customerIds) {
		return this.db.selectFrom(CONTACT)
			.where(CONTACT.COMPANY_ID.eq(companyId).and(CONTACT.CUSTOMER_ID.in(customerIds)))
			.orderBy(CONTACT.NAME, CONTACT.ID)
			.fetch()
			.stream()
			.collect(Collectors.groupingBy((row) -> row.getCustomerId(), Collectors.mapping(
					(row) -> new Customer.Contact(row.getId(), row.getName(), row.getEmail()), Collectors.toList())));
	}

	private Map<UUID, List<Customer.Address>> addresses(UUID companyId, Collection<UUID> customerIds) {
		return this.db.selectFrom(ADDRESS)
			.where(ADDRESS.COMPANY_ID.eq(companyId).and(ADDRESS.CUSTOMER_ID.in(customerIds)))
			.orderBy(ADDRESS.KIND, ADDRESS.ID)
			.fetch()
			.stream()
			.collect(Collectors.groupingBy((row) -> row.getCustomerId(),
					Collectors.mapping(
							(row) -> new Customer.Address(row.getId(), row.getKind(), row.getLine1(), row.getLine2(),
									row.getCity(), row.getPostalCode(), row.getCountry(), row.getIsDefault()),
							Collectors.toList())));
	}

	private static Customer toCustomer(CustomerRecord row) {
		return new Customer(row.getId(), row.getName(), row.getEmail(), row.getPhone(), row.getCreditLimit(),
				CustomerStatus.valueOf(row.getStatus()), row.getCreatedAt(), List.of(), List.of());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
