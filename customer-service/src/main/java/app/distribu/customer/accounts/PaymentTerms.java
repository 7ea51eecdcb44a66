package app.distribu.customer.accounts;

/**
 * When a customer pays for an order. Orders keep the terms they were placed under; Net
 * terms count days from the order date.
 */
public enum PaymentTerms {

	PREPAID("Prepaid"), DUE_ON_DELIVERY("Due on delivery"), NET_15("Net 15"), NET_30("Net 30"), NET_60("Net 60");

	/** One of the names, or nothing (the forms' "Not set" sends an empty value). */
	static final String PATTERN = "(PREPAID|DUE_ON_DELIVERY|NET_15|NET_30|NET_60)?";

	static final String MESSAGE = "Payment terms are PREPAID, DUE_ON_DELIVERY, NET_15, NET_30 or NET_60.";

	private final String label;

	PaymentTerms(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Null for none (blank); otherwise one of the names. */
	static PaymentTerms parse(String value) {
		return (value == null || value.isBlank()) ? null : valueOf(value.trim());
	}

}
