package app.distribu.order.customer;

import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static app.distribu.order.db.Tables.CUSTOMER_REF;
import static org.jooq.impl.DSL.noCondition;

/** The company's customers by name, for the Orders page filter and "+ New order". */
@Repository
public class CustomerPicker {

	private final DSLContext db;

	CustomerPicker(DSLContext db) {
		this.db = db;
	}

	/** Named customers whose name contains {@code query} (all when blank), by name. */
	public List<CustomerRef> named(UUID companyId, String query, int limit) {
		return this.db.selectFrom(CUSTOMER_REF)
			.where(CUSTOMER_REF.COMPANY_ID.eq(companyId)
				.and(CUSTOMER_REF.NAME.isNotNull())
				.and(CUSTOMER_REF.REMOVED.isFalse()))
			.and((query == null || query.isBlank()) ? noCondition()
					: CUSTOMER_REF.NAME.containsIgnoreCase(query.trim()))
			.orderBy(CUSTOMER_REF.NAME, CUSTOMER_REF.ID)
			.limit(limit)
			.fetch((r) -> new CustomerRef(r.getId(), r.getCompanyId(), r.getName(), r.getStatus()));
	}

}
