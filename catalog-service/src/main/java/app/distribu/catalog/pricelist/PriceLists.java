package app.distribu.catalog.pricelist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.catalog.pricing.CustomerPricing;
import app.distribu.catalog.pricing.PriceBook;
import app.distribu.catalog.pricing.UnknownCustomer;
import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.PageCursor;
import app.distribu.platform.web.PageLimit;
import app.distribu.platform.web.Unprocessable;

/** Price list use cases, always within one company. */
@Service
class PriceLists {

	static final int GROUP_MAX = 60;

	private final PriceListRepository lists;

	private final CustomerPricing customers;

	private final PriceBook book;

	PriceLists(PriceListRepository lists, CustomerPricing customers, PriceBook book) {
		this.lists = lists;
		this.customers = customers;
		this.book = book;
	}

	@Transactional
	PriceList create(UUID companyId, ListDetails details) {
		checkDates(details);
		UUID id = UUID.randomUUID();
		if (!this.lists.insert(companyId, id, details)) {
			throw nameTaken(details);
		}
		return get(companyId, id);
	}

	/**
	 * {@code version} null: whatever the list holds now is replaced (the API's PUT); else
	 * only if nobody saved it since (the dashboard form).
	 */
	@Transactional
	PriceList update(UUID companyId, UUID id, Integer version, ListDetails details) {
		PriceList list = get(companyId, id);
		checkDates(details);
		if (this.lists.nameTaken(companyId, id, details.trimmedName())) {
			throw nameTaken(details);
		}
		if (!this.lists.update(companyId, id, (version != null) ? version : list.version(), details)) {
			throw new Conflict("The price list was changed meanwhile. Reload it and try again.");
		}
		return get(companyId, id);
	}

	@Transactional
	PriceList delete(UUID companyId, UUID id) {
		PriceList list = get(companyId, id);
		this.lists.delete(companyId, id);
		return list;
	}

	@Transactional(readOnly = true)
	PriceList get(UUID companyId, UUID id) {
		return this.lists.find(companyId, id).orElseThrow(() -> new NotFound("Price list " + id));
	}

	@Transactional(readOnly = true)
	ListView view(UUID companyId, UUID id) {
		return views(companyId, List.of(get(companyId, id))).get(0);
	}

	/** Every list, the order in which they win (highest priority first). */
	@Transactional(readOnly = true)
	List<ListView> all(UUID companyId) {
		return views(companyId, this.lists.all(companyId));
	}

	@Transactional(readOnly = true)
	ListPage<ListView> page(UUID companyId, Integer limit, String cursor) {
		int size = PageLimit.of(limit);
		List<PriceList> rows = this.lists.page(companyId, PageCursor.decode(cursor), size);
		boolean more = rows.size() > size;
		List<PriceList> shown = more ? rows.subList(0, size) : rows;
		PriceList last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new ListPage<>(views(companyId, shown), more,
				more ? new PageCursor(last.createdAt(), last.id()).encode() : null);
	}

	@Transactional(readOnly = true)
	PriceListRepository.EntryPage entries(UUID companyId, UUID listId, String sku, String cursor, int size) {
		get(companyId, listId);
		// PostgreSQL text can't hold NUL: a SKU with one matches nothing anyway.
		String search = (sku == null || sku.isBlank()) ? null : sku.trim().replace("\0", "");
		return this.lists.entries(companyId, listId, search, PageCursor.decode(cursor), size);
	}

	/** The SKU's tiers in the list become exactly these. */
	@Transactional
	Entry setPrices(UUID companyId, UUID listId, String sku, List<TierInput> inputs) {
		lock(companyId, listId);
		UUID productId = product(companyId, sku);
		List<Tier> tiers = TierRules.tiers(inputs.stream().filter((tier) -> !tier.isBlank()).toList());
		this.lists.replacePrices(companyId, listId, Map.of(productId, tiers));
		return this.lists.entriesOf(companyId, listId, List.of(productId)).get(0);
	}

	@Transactional(readOnly = true)
	Entry entry(UUID companyId, UUID listId, String sku) {
		get(companyId, listId);
		List<Entry> entries = this.lists.entriesOf(companyId, listId, List.of(product(companyId, sku)));
		if (entries.isEmpty()) {
			throw new NotFound("A price for " + sku.trim() + " in this list");
		}
		return entries.get(0);
	}

	@Transactional
	void removePrices(UUID companyId, UUID listId, String sku) {
		lock(companyId, listId);
		if (this.lists.removePrices(companyId, listId, List.of(product(companyId, sku))) == 0) {
			throw new NotFound("A price for " + sku.trim() + " in this list");
		}
	}

	/**
	 * One chunk of an import in one transaction: {@code prices} replace those products'
	 * tiers, {@code removals} lose theirs. How many products lost prices.
	 */
	@Transactional
	int write(UUID companyId, UUID listId, Map<UUID, List<Tier>> prices, Collection<UUID> removals) {
		lock(companyId, listId);
		if (!prices.isEmpty()) {
			this.lists.replacePrices(companyId, listId, prices);
		}
		return this.lists.removePrices(companyId, listId, removals);
	}

	/** Replace mode's last step: products the file did not name lose their prices. */
	@Transactional
	int removeAllExcept(UUID companyId, UUID listId, Collection<UUID> keep) {
		lock(companyId, listId);
		return this.lists.removePricesExcept(companyId, listId, keep);
	}

	/** Every row of the list, by SKU and quantity, as the export writes them. */
	void eachRow(UUID companyId, UUID listId, PriceListRepository.RowConsumer consumer) {
		this.lists.eachRow(companyId, listId, consumer);
	}

	/** SKU → product id for the SKUs that exist. */
	@Transactional(readOnly = true)
	Map<String, UUID> productIds(UUID companyId, Collection<String> skus) {
		return this.lists.productIds(companyId, skus);
	}

	@Transactional
	void assignCustomer(UUID companyId, UUID listId, UUID customerId) {
		lock(companyId, listId);
		if (!this.customers.knows(companyId, customerId)) {
			throw new UnknownCustomer(customerId);
		}
		this.lists.assignCustomer(companyId, listId, customerId);
	}

	@Transactional
	void assignGroup(UUID companyId, UUID listId, String group) {
		lock(companyId, listId);
		this.lists.assignGroup(companyId, listId, group(group));
	}

	@Transactional
	void unassign(UUID companyId, UUID listId, UUID assignmentId) {
		lock(companyId, listId);
		if (!this.lists.unassign(companyId, listId, assignmentId)) {
			throw new NotFound("Assignment " + assignmentId);
		}
	}

	/** The list applies to exactly these customers and groups from now on. */
	@Transactional
	ListView replaceAssignments(UUID companyId, UUID listId, List<UUID> customerIds, List<String> groups) {
		lock(companyId, listId);
		Set<String> names = new LinkedHashSet<>();
		groups.forEach((name) -> names.add(group(name)));
		for (UUID customerId : customerIds) {
			if (!this.customers.knows(companyId, customerId)) {
				throw new UnknownCustomer(customerId);
			}
		}
		this.lists.unassignAll(companyId, listId);
		customerIds.forEach((customerId) -> this.lists.assignCustomer(companyId, listId, customerId));
		names.forEach((name) -> this.lists.assignGroup(companyId, listId, name));
		return view(companyId, listId);
	}

	LocalDate today() {
		return this.book.today();
	}

	private List<ListView> views(UUID companyId, List<PriceList> shown) {
		List<UUID> ids = shown.stream().map(PriceList::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, Integer> counts = this.lists.productCounts(companyId, ids);
		Map<UUID, List<Assignment>> assignments = this.lists.assignments(companyId, ids);
		LocalDate today = today();
		List<ListView> views = new ArrayList<>();
		for (PriceList list : shown) {
			views.add(new ListView(list, list.status(today), assignments.getOrDefault(list.id(), List.of()),
					counts.getOrDefault(list.id(), 0)));
		}
		return views;
	}

	private void lock(UUID companyId, UUID listId) {
		if (!this.lists.lock(companyId, listId)) {
			throw new NotFound("Price list " + listId);
		}
	}

	private UUID product(UUID companyId, String sku) {
		String trimmed = (sku == null) ? "" : sku.trim();
		UUID id = (trimmed.indexOf('\0') >= 0) ? null : this.lists.productIds(companyId, List.of(trimmed)).get(trimmed);
		if (id == null) {
			throw new Unprocessable("No product has the SKU " + trimmed + " (SKUs are case-sensitive).");
		}
		return id;
	}

	/** A group name as customer-service keeps it: trimmed, 1 to 60 characters. */
	static String group(String name) {
		String trimmed = (name == null) ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > GROUP_MAX) {
			throw new Unprocessable("A group name is 1 to " + GROUP_MAX + " characters.");
		}
		if (trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new Unprocessable("A group name can't contain control characters.");
		}
		return trimmed;
	}

	private static void checkDates(ListDetails details) {
		if (details.validFrom() != null && details.validUntil() != null
				&& details.validUntil().isBefore(details.validFrom())) {
			throw new Unprocessable("The last day can't be before the first day.");
		}
	}

	private static Conflict nameTaken(ListDetails details) {
		return new Conflict("A price list named " + details.trimmedName() + " already exists.");
	}

}
