package app.distribu.catalog.image;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.PRODUCT;
import static app.distribu.catalog.db.Tables.PRODUCT_IMAGE;

/** Product images; every query is filtered by the company. */
@Repository
class ProductImageRepository {

	private final DSLContext db;

	ProductImageRepository(DSLContext db) {
		this.db = db;
	}

	/** The product's name for pages, if the company has it. */
	Optional<String> productName(UUID companyId, UUID productId) {
		return this.db.select(PRODUCT.NAME)
			.from(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ID.eq(productId)))
			.fetchOptional(PRODUCT.NAME);
	}

	/** Locks the product row so image changes of one product happen one at a time. */
	boolean lockProduct(UUID companyId, UUID productId) {
		return this.db.selectOne()
			.from(PRODUCT)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ID.eq(productId)))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	List<StoredImage> ofProduct(UUID companyId, UUID productId) {
		return this.db.selectFrom(PRODUCT_IMAGE)
			.where(PRODUCT_IMAGE.COMPANY_ID.eq(companyId).and(PRODUCT_IMAGE.PRODUCT_ID.eq(productId)))
			.orderBy(PRODUCT_IMAGE.POSITION)
			.fetch(ProductImageRepository::toImage);
	}

	List<StoredImage> ofProducts(UUID companyId, Collection<UUID> productIds) {
		return this.db.selectFrom(PRODUCT_IMAGE)
			.where(PRODUCT_IMAGE.COMPANY_ID.eq(companyId).and(PRODUCT_IMAGE.PRODUCT_ID.in(productIds)))
			.orderBy(PRODUCT_IMAGE.PRODUCT_ID, PRODUCT_IMAGE.POSITION)
			.fetch(ProductImageRepository::toImage);
	}

	Optional<StoredImage> find(UUID companyId, UUID imageId) {
		return this.db.selectFrom(PRODUCT_IMAGE)
			.where(PRODUCT_IMAGE.COMPANY_ID.eq(companyId).and(PRODUCT_IMAGE.ID.eq(imageId)))
			.fetchOptional(ProductImageRepository::toImage);
	}

	void insert(StoredImage image, Thumbnail thumbnail, long sizeBytes) {
		this.db.insertInto(PRODUCT_IMAGE)
			.set(PRODUCT_IMAGE.ID, image.id())
			.set(PRODUCT_IMAGE.COMPANY_ID, image.companyId())
			.set(PRODUCT_IMAGE.PRODUCT_ID, image.productId())
			.set(PRODUCT_IMAGE.POSITION, image.position())
			.set(PRODUCT_IMAGE.IS_PRIMARY, false)
			.set(PRODUCT_IMAGE.CONTENT_TYPE, image.contentType())
			.set(PRODUCT_IMAGE.STORAGE_KEY, image.storageKey())
			.set(PRODUCT_IMAGE.THUMBNAIL_KEY, image.thumbnailKey())
			.set(PRODUCT_IMAGE.WIDTH, thumbnail.width())
			.set(PRODUCT_IMAGE.HEIGHT, thumbnail.height())
			.set(PRODUCT_IMAGE.SIZE_BYTES, sizeBytes)
			.execute();
	}

	void delete(UUID companyId, UUID imageId) {
		this.db.deleteFrom(PRODUCT_IMAGE)
			.where(PRODUCT_IMAGE.COMPANY_ID.eq(companyId).and(PRODUCT_IMAGE.ID.eq(imageId)))
			.execute();
	}

	/** Positions 0, 1, 2, ... in the given order. */
	void order(UUID companyId, List<UUID> imageIds) {
		for (int position = 0; position < imageIds.size(); position++) {
			this.db.update(PRODUCT_IMAGE)
				.set(PRODUCT_IMAGE.POSITION, position)
				.where(PRODUCT_IMAGE.COMPANY_ID.eq(companyId).and(PRODUCT_IMAGE.ID.eq(imageIds.get(position))))
				.execute();
		}
	}

	/**
	 * Marks one image primary (or none) and copies its URL to the product's
	 * {@code image_url}, which pages and the API read as the product's image.
	 */
	void primary(UUID companyId, UUID productId, StoredImage image) {
		this.db.update(PRODUCT_IMAGE)
			.set(PRODUCT_IMAGE.IS_PRIMARY, false)
			.where(PRODUCT_IMAGE.COMPANY_ID.eq(companyId)
				.and(PRODUCT_IMAGE.PRODUCT_ID.eq(productId))
				.and(PRODUCT_IMAGE.IS_PRIMARY))
			.execute();
		if (image != null) {
			this.db.update(PRODUCT_IMAGE)
				.set(PRODUCT_IMAGE.IS_PRIMARY, true)
				.where(PRODUCT_IMAGE.COMPANY_ID.eq(companyId).and(PRODUCT_IMAGE.ID.eq(image.id())))
				.execute();
		}
		this.db.update(PRODUCT)
			.set(PRODUCT.IMAGE_URL, (image != null) ? image.url() : null)
			.where(PRODUCT.COMPANY_ID.eq(companyId).and(PRODUCT.ID.eq(productId)))
			.execute();
	}

	private static StoredImage toImage(Record row) {
		return new StoredImage(row.get(PRODUCT_IMAGE.ID), row.get(PRODUCT_IMAGE.COMPANY_ID),
				row.get(PRODUCT_IMAGE.PRODUCT_ID), row.get(PRODUCT_IMAGE.POSITION), row.get(PRODUCT_IMAGE.IS_PRIMARY),
				row.get(PRODUCT_IMAGE.CONTENT_TYPE), row.get(PRODUCT_IMAGE.STORAGE_KEY),
				row.get(PRODUCT_IMAGE.THUMBNAIL_KEY));
	}

}
