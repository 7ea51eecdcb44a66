package app.distribu.customer.accounts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
			.set(CUSTOMER.GROUP_NAME, blankToNull(command.group()))
			.set(CUSTOMER.PAYMENT_TERMS, blankToNull(command.paymentTerms()))
			.onConflictDoNothing()
			.execute() == 1;
	}

	/**
	 * Returns false when the company already has a contact with this email (any case).
	 */
	boolean insertContact(UUID companyId, UUID customerId, NewCustomer.NewContact contact) {
		return insertContact(companyId, customerId, UUID.randomUUID(), contact);
	}

	boolean insertContact(UUID companyId, UUID customerId, UUID id, NewCustomer.NewContact contact) {
		return this.db.insertInto(CONTACT)
			.set(CONTACT.ID, id)
			.set(CONTACT.CUSTOMER_ID, customerId)
			.set(CONTACT.COMPANY_ID, companyId)
			.set(CONTACT.NAME, contact.name().trim())
			.set(CONTACT.EMAIL, contact.email().trim())
			.onConflictDoNothing()
			.execute() == 1;
	}

	/** The contact and its customer's status, for a storefront sign-in request. */
	Optional<ContactAccount> contactByEmail(UUID companyId, String email) {
		return this.db.select(CONTACT.ID, CONTACT.CUSTOMER_ID, CONTACT.NAME, CONTACT.EMAIL, CUSTOMER.STATUS)
			.from(CONTACT)
			.join(CUSTOMER)
			.on(CUSTOMER.ID.eq(CONTACT.CUSTOMER_ID))
			.where(CONTACT.COMPANY_ID.eq(companyId).and(DSL.lower(CONTACT.EMAIL).eq(email.trim().toLowerCase())))
			.fetchOptional((row) -> new ContactAccount(row.value1(), row.value2(), row.value3(), row.value4(),
					CustomerStatus.valueOf(row.value5())));
	}

	/**
	 * Returns false when another contact of the company has the email; a changed email
	 * voids the earlier invite's bookkeeping (the link itself dies with the next invite).
	 */
	boolean updateContact(UUID companyId, UUID customerId, UUID contactId, NewCustomer.NewContact contact) {
		boolean taken = this.db.fetchExists(CONTACT,
				CONTACT.COMPANY_ID.eq(companyId)
					.and(DSL.lower(CONTACT.EMAIL).eq(contact.email().trim().toLowerCase()))
					.and(CONTACT.ID.ne(contactId)));
		if (taken) {
			return false;
		}
		this.db.update(CONTACT)
			.set(CONTACT.NAME, contact.name().trim())
			.set(CONTACT.EMAIL, contact.email().trim())
			.where(CONTACT.COMPANY_ID.eq(companyId)
				.and(CONTACT.CUSTOMER_ID.eq(customerId))
				.and(CONTACT.ID.eq(contactId)))
			.execute();
		return true;
	}

	void deleteContact(UUID companyId, UUID customerId, UUID contactId) {
		this.db.deleteFrom(CONTACT)
			.where(CONTACT.COMPANY_ID.eq(companyId)
				.and(CONTACT.CUSTOMER_ID.eq(customerId))
				.and(CONTACT.ID.eq(contactId)))
			.execute();
	}

	/**
	 * Saves the details if nobody changed the customer since {@code version} was read;
	 * empty when the row moved on, false inside when the email belongs to another
	 * customer.
	 */
	Optional<Boolean> update(UUID companyId, UUID id, int version, CustomerChanges changes) {
		boolean taken = this.db.fetchExists(CUSTOMER,
				CUSTOMER.COMPANY_ID.eq(companyId)
					.and(DSL.lower(CUSTOMER.EMAIL).eq(changes.email().trim().toLowerCase()))
					.and(CUSTOMER.ID.ne(id)));
		if (taken) {
			return Optional.of(false);
		}
		int updated = this.db.update(CUSTOMER)
			.set(CUSTOMER.NAME, changes.name().trim())
			.set(CUSTOMER.EMAIL, changes.email().trim())
			.set(CUSTOMER.PHONE, blankToNull(changes.phone()))
			.set(CUSTOMER.CREDIT_LIMIT, changes.creditLimit())
			.set(CUSTOMER.NOTES, blankToNull(changes.notes()))
			.set(CUSTOMER.GROUP_NAME, blankToNull(changes.group()))
			.set(CUSTOMER.PAYMENT_TERMS, blankToNull(changes.paymentTerms()))
			.set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1))
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(id)).and(CUSTOMER.VERSION.eq(version)))
			.execute();
		return (updated == 1) ? Optional.of(true) : Optional.empty();
	}

	/**
	 * Counts one more change of what an order needs of the customer and locks its row to
	 * the commit, so a customer's revisions are in the order its changes commit.
	 */
	long nextRevision(UUID companyId, UUID id) {
		return this.db.update(CUSTOMER)
			.set(CUSTOMER.REVISION, CUSTOMER.REVISION.plus(1L))
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(id)))
			.returning(CUSTOMER.REVISION)
			.fetchOptional(CUSTOMER.REVISION)
			.orElseThrow();
	}

	/**
	 * Locks the customer's row to the commit; false when the company has no such
	 * customer.
	 */
	boolean lock(UUID companyId, UUID id) {
		return this.db.selectOne()
			.from(CUSTOMER)
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(id)))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	void setBuyerRole(UUID companyId, UUID customerId, UUID contactId, BuyerRole role) {
		this.db.update(CONTACT)
			.set(CONTACT.BUYER_ROLE, role.name())
			.where(CONTACT.COMPANY_ID.eq(companyId)
				.and(CONTACT.CUSTOMER_ID.eq(customerId))
				.and(CONTACT.ID.eq(contactId)))
			.execute();
	}

	void setApprovalThreshold(UUID companyId, UUID customerId, BigDecimal threshold) {
		this.db.update(CUSTOMER)
			.set(CUSTOMER.APPROVAL_THRESHOLD, threshold)
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(customerId)))
			.execute();
	}

	Optional<Long> revision(UUID companyId, UUID id) {
		return this.db.select(CUSTOMER.REVISION)
			.from(CUSTOMER)
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(id)))
			.fetchOptional(CUSTOMER.REVISION);
	}

	/** Moves the status only from {@code from}; false when it was changed meanwhile. */
	boolean changeStatus(UUID companyId, UUID id, CustomerStatus from, CustomerStatus to) {
		return this.db.update(CUSTOMER)
			.set(CUSTOMER.STATUS, to.name())
			.set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1))
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(id)).and(CUSTOMER.STATUS.eq(from.name())))
			.execute() == 1;
	}

	void markInvited(UUID companyId, UUID contactId, OffsetDateTime at, OffsetDateTime expiresAt) {
		this.db.update(CONTACT)
			.set(CONTACT.INVITED_AT, at)
			.set(CONTACT.INVITE_EXPIRES_AT, expiresAt)
			.where(CONTACT.COMPANY_ID.eq(companyId).and(CONTACT.ID.eq(contactId)))
			.execute();
	}

	/** Removes a customer with its contacts and addresses (a rejected registration). */
	void delete(UUID companyId, UUID id) {
		this.db.deleteFrom(CONTACT).where(CONTACT.COMPANY_ID.eq(companyId).and(CONTACT.CUSTOMER_ID.eq(id))).execute();
		this.db.deleteFrom(ADDRESS).where(ADDRESS.COMPANY_ID.eq(companyId).and(ADDRESS.CUSTOMER_ID.eq(id))).execute();
		this.db.deleteFrom(CUSTOMER).where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(id))).execute();
	}

	/** The registrations waiting longest, for the dashboard home. */
	List<PendingSummary.Waiting> oldestPending(UUID companyId, int limit) {
		return this.db.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.CREATED_AT)
			.from(CUSTOMER)
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.STATUS.eq(CustomerStatus.PENDING.name())))
			.orderBy(CUSTOMER.CREATED_AT, CUSTOMER.ID)
			.limit(limit)
			.fetch((row) -> new PendingSummary.Waiting(row.value1(), row.value2(), row.value3().toInstant()));
	}

	/** The groups the company's customers are in, by name. */
	List<String> groups(UUID companyId) {
		return this.db.selectDistinct(CUSTOMER.GROUP_NAME)
			.from(CUSTOMER)
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.GROUP_NAME.isNotNull()))
			.orderBy(CUSTOMER.GROUP_NAME)
			.fetch(CUSTOMER.GROUP_NAME);
	}

	int countPending(UUID companyId) {
		return this.db.fetchCount(CUSTOMER,
				CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.STATUS.eq(CustomerStatus.PENDING.name())));
	}

	Optional<Customer> find(UUID companyId, UUID id) {
		return this.db.selectFrom(CUSTOMER)
			.where(CUSTOMER.COMPANY_ID.eq(companyId).and(CUSTOMER.ID.eq(id)))
			.fetchOptional(CustomerRepository::toCustomer)
			.map((customer) -> withDetails(companyId, List.of(customer)).get(0));
	}

	/** Oldest first; the cursor is the (created_at, id) of the last item seen. */
	ListPage<Customer> page(UUID companyId, PageCursor after, int limit, CustomerFilter filter) {
		Condition condition = CUSTOMER.COMPANY_ID.eq(companyId).and(matching(filter));
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

	/** Customers without contacts and addresses, oldest first after the cursor. */
	List<Customer> exportChunk(UUID companyId, PageCursor after, int limit, CustomerFilter filter) {
		Condition condition = CUSTOMER.COMPANY_ID.eq(companyId).and(matching(filter));
		if (after != null) {
			condition = condition.and(DSL.row(CUSTOMER.CREATED_AT, CUSTOMER.ID).gt(after.createdAt(), after.id()));
		}
		return this.db.selectFrom(CUSTOMER)
			.where(condition)
			.orderBy(CUSTOMER.CREATED_AT, CUSTOMER.ID)
			.limit(limit)
			.fetch(CustomerRepository::toCustomer);
	}

	/** Name or email containing {@code q} (any case), and the status if one is chosen. */
	private static Condition matching(CustomerFilter filter) {
		Condition condition = DSL.noCondition();
		if (filter.q() != null) {
			String pattern = "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			condition = condition.and(CUSTOMER.NAME.likeIgnoreCase(pattern).or(CUSTOMER.EMAIL.likeIgnoreCase(pattern)));
		}
		if (filter.status() != null) {
			condition = condition.and(CUSTOMER.STATUS.eq(filter.status().name()));
		}
		return condition;
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
			.collect(Collectors.groupingBy((row) -> row.getCustomerId(),
					Collectors.mapping((row) -> new Customer.Contact(row.getId(), row.getName(), row.getEmail(),
							row.getInvitedAt(), row.getInviteExpiresAt(), BuyerRole.valueOf(row.getBuyerRole())),
							Collectors.toList())));
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
				CustomerStatus.valueOf(row.getStatus()), row.getNotes(), row.getGroupName(),
				PaymentTerms.parse(row.getPaymentTerms()), row.getVersion(), row.getCreatedAt(), List.of(), List.of(),
				row.getApprovalThreshold());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
