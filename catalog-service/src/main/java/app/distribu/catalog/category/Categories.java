package app.distribu.catalog.category;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static app.distribu.catalog.db.Tables.CATEGORY;
import static app.distribu.catalog.db.Tables.PRODUCT;

/**
 * The category table. Renames and deletes reach the products through the foreign key (on
 * update cascade, on delete set null), in the same statement.
 */
@Repository
public class Categories {

	private final DSLContext db;

	Categories(DSLContext db) {
		this.db = db;
	}

	/** By name, with product counts. */
	public List<Category> all(UUID companyId) {
		return this.db
			.select(CATEGORY.ID, CATEGORY.NAME,
					DSL.field(DSL.selectCount()
						.from(PRODUCT)
						.where(PRODUCT.COMPANY_ID.eq(CATEGORY.COMPANY_ID).and(PRODUCT.CATEGORY.eq(CATEGORY.NAME)))))
			.from(CATEGORY)
			.where(CATEGORY.COMPANY_ID.eq(companyId))
			.orderBy(CATEGORY.NAME)
			.fetch((row) -> new Category(row.value1(), row.value2(), row.value3()));
	}

	public List<String> names(UUID companyId) {
		return this.db.select(CATEGORY.NAME)
			.from(CATEGORY)
			.where(CATEGORY.COMPANY_ID.eq(companyId))
			.orderBy(CATEGORY.NAME)
			.fetch(CATEGORY.NAME);
	}

	/** False when the company already has a category of that name. */
	boolean create(UUID companyId, String name) {
		return this.db.insertInto(CATEGORY)
			.set(CATEGORY.COMPANY_ID, companyId)
			.set(CATEGORY.NAME, name)
			.onConflict(CATEGORY.COMPANY_ID, CATEGORY.NAME)
			.doNothing()
			.execute() == 1;
	}

	Optional<String> name(UUID companyId, UUID id) {
		return this.db.select(CATEGORY.NAME)
			.from(CATEGORY)
			.where(CATEGORY.ID.eq(id).and(CATEGORY.COMPANY_ID.eq(companyId)))
			.fetchOptional(CATEGORY.NAME);
	}

	boolean nameTaken(UUID companyId, String name, UUID except) {
		return this.db.fetchExists(CATEGORY,
				CATEGORY.COMPANY_ID.eq(companyId).and(CATEGORY.NAME.eq(name)).and(CATEGORY.ID.ne(except)));
	}

	boolean rename(UUID companyId, UUID id, String name) {
		return this.db.update(CATEGORY)
			.set(CATEGORY.NAME, name)
			.where(CATEGORY.ID.eq(id).and(CATEGORY.COMPANY_ID.eq(companyId)))
			.execute() == 1;
	}

	boolean delete(UUID companyId, UUID id) {
		return this.db.deleteFrom(CATEGORY)
			.where(CATEGORY.ID.eq(id).and(CATEGORY.COMPANY_ID.eq(companyId)))
			.execute() == 1;
	}

}
