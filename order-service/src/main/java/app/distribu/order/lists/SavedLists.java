package app.distribu.order.lists;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.Unprocessable;

/**
 * Every change to saved lists, from the storefront, the dashboard and the API, under the
 * same rules: a name of 1–80 characters unique per customer (ignoring case), at most
 * {@value #MAX_LISTS} lists per customer and {@value #MAX_LINES} lines per list,
 * quantities 1–1,000,000.
 */
@Service
class SavedLists {

	static final int MAX_LISTS = 50;

	static final int MAX_LINES = 200;

	static final int MAX_NAME = 80;

	static final int MAX_SKU = 100;

	private final ListRepository lists;

	SavedLists(ListRepository lists) {
		this.lists = lists;
	}

	@Transactional(readOnly = true)
	SavedList require(UUID companyId, UUID listId) {
		return this.lists.find(companyId, listId).orElseThrow(ListNotFound::new);
	}

	/** The list if it is one of this customer's; another customer's is not found. */
	@Transactional(readOnly = true)
	SavedList requireOf(UUID companyId, UUID customerId, UUID listId) {
		return this.lists.find(companyId, listId)
			.filter((list) -> list.customerId().equals(customerId))
			.orElseThrow(ListNotFound::new);
	}

	@Transactional(readOnly = true)
	List<SavedList> ofCustomer(UUID companyId, UUID customerId) {
		return this.lists.ofCustomer(companyId, customerId);
	}

	@Transactional
	SavedList create(UUID companyId, UUID customerId, String name, boolean shared, UUID by, List<ListLine> lines) {
		String cleanName = name(name);
		Map<String, Integer> cleanLines = lines(lines);
		this.lists.lockCustomer(companyId, customerId);
		if (this.lists.count(companyId, customerId) >= MAX_LISTS) {
			throw new Unprocessable("A customer keeps at most " + MAX_LISTS + " lists. Delete one to make room.");
		}
		refuseTaken(companyId, customerId, cleanName, null);
		UUID id = UUID.randomUUID();
		this.lists.insert(companyId, customerId, id, cleanName, shared, by);
		write(id, cleanLines);
		return require(companyId, id);
	}

	@Transactional
	SavedList rename(UUID companyId, UUID listId, String name) {
		String cleanName = name(name);
		SavedList list = require(companyId, listId);
		this.lists.lockCustomer(companyId, list.customerId());
		refuseTaken(companyId, list.customerId(), cleanName, listId);
		this.lists.rename(companyId, listId, cleanName);
		return require(companyId, listId);
	}

	/** The API's PATCH: a new name and/or new lines, together or not at all. */
	@Transactional
	SavedList change(UUID companyId, UUID listId, String name, List<ListLine> lines) {
		SavedList list = require(companyId, listId);
		if (name != null) {
			list = rename(companyId, listId, name);
		}
		if (lines != null) {
			list = replaceLines(companyId, listId, lines);
		}
		return list;
	}

	/** Replaces every line. */
	@Transactional
	SavedList replaceLines(UUID companyId, UUID listId, List<ListLine> lines) {
		Map<String, Integer> cleanLines = lines(lines);
		lock(companyId, listId);
		this.lists.removeLines(listId);
		write(listId, cleanLines);
		this.lists.touch(companyId, listId);
		return require(companyId, listId);
	}

	/** Adds to the SKU's line if the list has one, else a new line at the end. */
	@Transactional
	SavedList addLine(UUID companyId, UUID listId, String sku, int quantity) {
		String cleanSku = sku(sku);
		quantity(quantity);
		lock(companyId, listId);
		if (!this.lists.hasLine(listId, cleanSku) && this.lists.lineCount(listId) >= MAX_LINES) {
			throw new Unprocessable("A list holds at most " + MAX_LINES + " products. Remove one to make room.");
		}
		this.lists.addLine(listId, cleanSku, quantity, OffsetDateTime.now(ZoneOffset.UTC));
		this.lists.touch(companyId, listId);
		return require(companyId, listId);
	}

	@Transactional
	void setLine(UUID companyId, UUID listId, String sku, int quantity) {
		quantity(quantity);
		lock(companyId, listId);
		this.lists.setLine(listId, sku, quantity);
		this.lists.touch(companyId, listId);
	}

	@Transactional
	void removeLine(UUID companyId, UUID listId, String sku) {
		lock(companyId, listId);
		this.lists.removeLine(listId, sku);
		this.lists.touch(companyId, listId);
	}

	@Transactional
	void delete(UUID companyId, UUID listId) {
		if (!this.lists.delete(companyId, listId)) {
			throw new ListNotFound();
		}
	}

	/** A buyer's own copy of a list, named "… (copy)", "… (copy 2)", … */
	@Transactional
	SavedList copy(UUID companyId, UUID listId, UUID by) {
		SavedList original = require(companyId, listId);
		this.lists.lockCustomer(companyId, original.customerId());
		String base = original.name();
		String name = copyName(base, 1);
		for (int n = 2; this.lists.nameTaken(companyId, original.customerId(), name, null); n++) {
			name = copyName(base, n);
		}
		return create(companyId, original.customerId(), name, false, by, original.lines());
	}

	private static String copyName(String base, int n) {
		String suffix = (n == 1) ? " (copy)" : " (copy " + n + ")";
		return base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length())) + suffix;
	}

	private void lock(UUID companyId, UUID listId) {
		if (!this.lists.lock(companyId, listId)) {
			throw new ListNotFound();
		}
	}

	private void write(UUID listId, Map<String, Integer> lines) {
		// Lines keep the order they were given in.
		OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
		int i = 0;
		for (Map.Entry<String, Integer> line : lines.entrySet()) {
			this.lists.addLine(listId, line.getKey(), line.getValue(), at.plusNanos(1_000L * i++));
		}
	}

	private void refuseTaken(UUID companyId, UUID customerId, String name, UUID except) {
		if (this.lists.nameTaken(companyId, customerId, name, except)) {
			throw new Conflict("A list named \"" + name + "\" already exists. Choose another name.");
		}
	}

	static String name(String name) {
		String clean = (name != null) ? name.strip() : "";
		if (clean.isEmpty()) {
			throw new Unprocessable("Give the list a name.");
		}
		if (clean.length() > MAX_NAME) {
			throw new Unprocessable("A list name has at most " + MAX_NAME + " characters.");
		}
		return clean;
	}

	static String sku(String sku) {
		String clean = (sku != null) ? sku.strip() : "";
		if (clean.isEmpty()) {
			throw new Unprocessable("Choose a product (a SKU) to add.");
		}
		if (clean.length() > MAX_SKU) {
			throw new Unprocessable("A SKU has at most " + MAX_SKU + " characters.");
		}
		return clean;
	}

	static void quantity(int quantity) {
		if (quantity < 1 || quantity > ListRepository.MAX_QUANTITY) {
			throw new Unprocessable("Quantity must be a whole number from 1 to 1,000,000.");
		}
	}

	/** Trimmed SKUs, a repeated SKU merged into its first line (as orders do). */
	private static Map<String, Integer> lines(List<ListLine> lines) {
		Map<String, Integer> merged = new LinkedHashMap<>();
		for (ListLine line : (lines != null) ? lines : List.<ListLine>of()) {
			quantity(line.quantity());
			merged.merge(sku(line.sku()), line.quantity(), (a, b) -> Math.min(a + b, ListRepository.MAX_QUANTITY));
		}
		if (merged.size() > MAX_LINES) {
			throw new Unprocessable("A list holds at most " + MAX_LINES + " products.");
		}
		return merged;
	}

}
