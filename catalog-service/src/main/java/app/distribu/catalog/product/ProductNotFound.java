package app.distribu.catalog.product;

import java.util.UUID;

import app.distribu.platform.web.NotFound;

class ProductNotFound extends NotFound {

	ProductNotFound(UUID id) {
		super("Product " + id);
	}

}
