package app.distribu.catalog.category;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.web.NotFound;

/** Category use cases within one company; each answers the name it acted on. */
@Service
class CategoryEditing {

	private final Categories categories;

	CategoryEditing(Categories categories) {
		this.categories = categories;
	}

	@Transactional
	String create(UUID companyId, String name) {
		if (!this.categories.create(companyId, name)) {
			throw new CategoryNameTaken(name);
		}
		return name;
	}

	/** Answers the old name; the products follow through the foreign key. */
	@Transactional
	String rename(UUID companyId, UUID id, String name) {
		String old = existing(companyId, id);
		if (this.categories.nameTaken(companyId, name, id)) {
			throw new CategoryNameTaken(name);
		}
		this.categories.rename(companyId, id, name);
		return old;
	}

	@Transactional
	String delete(UUID companyId, UUID id) {
		String name = existing(companyId, id);
		this.categories.delete(companyId, id);
		return name;
	}

	@Transactional(readOnly = true)
	Category category(UUID companyId, UUID id) {
		return this.categories.all(companyId)
			.stream()
			.filter((c) -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFound("Category " + id));
	}

	private String existing(UUID companyId, UUID id) {
		return this.categories.name(companyId, id).orElseThrow(() -> new NotFound("Category " + id));
	}

}
