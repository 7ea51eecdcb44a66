package app.distribu.order.buyer;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import app.distribu.order.ordering.Buyer;

import static app.distribu.order.db.Tables.ORDER_BUYER;

@Repository
class BuyerRepository {

	private final DSLContext db;

	BuyerRepository(DSLContext db) {
		this.db = db;
	}

	void save(UUID companyId, UUID orderId, Buyer buyer) {
		this.db.insertInto(ORDER_BUYER)
			.set(ORDER_BUYER.ORDER_ID, orderId)
			.set(ORDER_BUYER.COMPANY_ID, companyId)
			.set(ORDER_BUYER.CONTACT_ID, buyer.contactId())
			.set(ORDER_BUYER.EMAIL, buyer.email())
			.set(ORDER_BUYER.NAME, buyer.name())
			.set(ORDER_BUYER.STORE_SLUG, buyer.storeSlug())
			.set(ORDER_BUYER.STORE_NAME, buyer.storeName())
			.execute();
	}

	Optional<Buyer> of(UUID companyId, UUID orderId) {
		return this.db.selectFrom(ORDER_BUYER)
			.where(ORDER_BUYER.COMPANY_ID.eq(companyId).and(ORDER_BUYER.ORDER_ID.eq(orderId)))
			.fetchOptional((row) -> new Buyer(row.getContactId(), row.getEmail(), row.getName(), row.getStoreSlug(),
					row.getStoreName()));
	}

}
