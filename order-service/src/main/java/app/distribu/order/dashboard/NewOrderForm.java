package app.distribu.order.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

import app.distribu.order.ordering.OrderDesk;

/**
 * The "+ New order" form as posted: the whole order travels with every submit, so adding
 * a line, searching or a refusal never loses what was entered, without JavaScript.
 */
public final class NewOrderForm {

	static final int MAX_LINES = 200;

	public String customerId;

	public String customerQuery;

	public String productQuery;

	public String notes;

	public String poNumber;

	public final List<Line> lines = new ArrayList<>();

	/** Problems by field: "customer", "lines", "line0" ... */
	public final Map<String, String> errors = new LinkedHashMap<>();

	static NewOrderForm from(MultiValueMap<String, String> params) {
		NewOrderForm form = new NewOrderForm();
		form.customerId = params.getFirst("customerId");
		form.customerQuery = params.getFirst("customerQuery");
		form.productQuery = params.getFirst("productQuery");
		form.notes = params.getFirst("notes");
		form.poNumber = params.getFirst("poNumber");
		List<String> skus = params.getOrDefault("sku", List.of());
		List<String> quantities = params.getOrDefault("quantity", List.of());
		for (int i = 0; i < skus.size(); i++) {
			String sku = skus.get(i).trim();
			if (!sku.isEmpty()) {
				form.lines.add(new Line(sku, (i < quantities.size()) ? quantities.get(i).trim() : "1"));
			}
		}
		return form;
	}

	/** Adds a SKU, or raises the quantity of the line that has it already. */
	void add(String sku, String quantity) {
		String trimmed = (sku != null) ? sku.trim() : "";
		if (trimmed.isEmpty()) {
			this.errors.put("newLine", "Type a SKU to add a line.");
			return;
		}
		for (int i = 0; i < this.lines.size(); i++) {
			Line line = this.lines.get(i);
			if (line.sku().equals(trimmed) && line.parsedQuantity() != null && parse(quantity) != null) {
				this.lines.set(i, new Line(trimmed, String.valueOf(line.parsedQuantity() + parse(quantity))));
				return;
			}
		}
		this.lines.add(new Line(trimmed, (quantity == null || quantity.isBlank()) ? "1" : quantity.trim()));
	}

	void remove(int index) {
		if (index >= 0 && index < this.lines.size()) {
			this.lines.remove(index);
		}
	}

	UUID customer() {
		try {
			return (this.customerId == null || this.customerId.isBlank()) ? null : UUID.fromString(this.customerId);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The lines with valid quantities; a line without one gets an error instead. */
	List<OrderDesk.Item> items() {
		List<OrderDesk.Item> items = new ArrayList<>();
		for (int i = 0; i < this.lines.size(); i++) {
			Integer quantity = this.lines.get(i).parsedQuantity();
			if (quantity == null) {
				this.errors.put("line" + i, "Quantity must be a whole number from 1 to 1,000,000.");
			}
			else {
				items.add(new OrderDesk.Item(this.lines.get(i).sku(), quantity));
			}
		}
		return items;
	}

	/** Checks what the order needs before catalog is asked. */
	boolean readyToPlace() {
		if (customer() == null) {
			this.errors.put("customer", "Choose the customer this order is for.");
		}
		if (this.lines.isEmpty()) {
			this.errors.put("lines", "Add at least one line.");
		}
		if (this.lines.size() > MAX_LINES) {
			this.errors.put("lines", "An order can have at most 200 lines.");
		}
		if (this.notes != null && this.notes.length() > 2000) {
			this.errors.put("notes", "Notes can be at most 2000 characters.");
		}
		if (this.poNumber != null && this.poNumber.length() > 100) {
			this.errors.put("poNumber", "PO number can be at most 100 characters.");
		}
		items();
		return this.errors.isEmpty();
	}

	public String lineError(int index) {
		return this.errors.get("line" + index);
	}

	static Integer parse(String quantity) {
		try {
			int value = Integer.parseInt(quantity.trim());
			return (value >= 1 && value <= 1_000_000) ? value : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	public record Line(String sku, String quantity) {

		Integer parsedQuantity() {
			return parse(this.quantity);
		}

	}

}
