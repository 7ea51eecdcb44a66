package app.distribu.catalog.category;

import app.distribu.platform.web.Conflict;

class CategoryNameTaken extends Conflict {

	CategoryNameTaken(String name) {
		super("A category named " + name + " already exists.");
	}

}
