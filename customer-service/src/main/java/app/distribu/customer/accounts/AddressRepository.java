package app.distribu.customer.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;

import org.springframework.stereotype.Repository;

import static app.distribu.customer.db.Tables.ADDRESS;

@Repository
class AddressRepository {

	private final DSLContext db;

	AddressRepository(DSLContext db) {
		this.db = db;
	}

	void insert(UUID companyId, UUID customerId, UUID id, AddressInput input) {
		this.db.insertInto(ADDRESS)
			.set(ADDRESS.ID, id)
			.set(ADDRESS.COMPANY_ID, companyId)
			.set(ADDRESS.CUSTOMER_ID, customerId)
			.set(entered(input))
			.execute();
	}

	void update(UUID companyId, UUID customerId, UUID id, AddressInput input) {
		this.db.update(ADDRESS)
			.set(entered(input))
			.where(ADDRESS.COMPANY_ID.eq(companyId).and(ADDRESS.CUSTOMER_ID.eq(customerId)).and(ADDRESS.ID.eq(id)))
			.execute();
	}

	/** The columns a form or the API sets; an edited address stops being the default. */
	private static Map<Field<?>, Object> entered(AddressInput input) {
		Map<Field<?>, Object> columns = new LinkedHashMap<>();
		columns.put(ADDRESS.KIND, input.kind());
		columns.put(ADDRESS.LINE1, input.line1().trim());
		columns.put(ADDRESS.LINE2, blankToNull(input.line2()));
		columns.put(ADDRESS.CITY, input.city().trim());
		columns.put(ADDRESS.POSTAL_CODE, input.postalCode().trim());
		columns.put(ADDRESS.COUNTRY, input.country().trim());
		columns.put(ADDRESS.IS_DEFAULT, false);
		return columns;
	}

	/**
	 * Makes the address the default of its kind; the previous default stops being one
	 * first, so the partial unique index never sees two.
	 */
	void makeDefault(UUID companyId, UUID customerId, UUID id, String kind) {
		this.db.update(ADDRESS)
			.set(ADDRESS.IS_DEFAULT, false)
			.where(ADDRESS.COMPANY_ID.eq(companyId)
				.and(ADDRESS.CUSTOMER_ID.eq(customerId))
				.and(ADDRESS.KIND.eq(kind))
				.and(ADDRESS.IS_DEFAULT))
			.execute();
		this.db.update(ADDRESS)
			.set(ADDRESS.IS_DEFAULT, true)
			.where(ADDRESS.COMPANY_ID.eq(companyId).and(ADDRESS.CUSTOMER_ID.eq(customerId)).and(ADDRESS.ID.eq(id)))
			.execute();
	}

	void delete(UUID companyId, UUID customerId, UUID id) {
		this.db.deleteFrom(ADDRESS)
			.where(ADDRESS.COMPANY_ID.eq(companyId).and(ADDRESS.CUSTOMER_ID.eq(customerId)).and(ADDRESS.ID.eq(id)))
			.execute();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
