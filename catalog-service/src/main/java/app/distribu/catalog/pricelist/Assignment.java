package app.distribu.catalog.pricelist;

import java.util.UUID;

/**
 * Who a list applies to: one customer (named once customer.created arrived) or a group.
 */
record Assignment(UUID id, UUID customerId, String customerName, String group) {

	public String label() {
		if (this.group != null) {
			return "Group " + this.group;
		}
		return (this.customerName != null) ? this.customerName : "Customer " + this.customerId;
	}

}
