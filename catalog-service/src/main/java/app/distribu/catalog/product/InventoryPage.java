package app.distribu.catalog.product;

import java.util.List;

/** One page of the inventory table; pages are numbered from 1. */
record InventoryPage(List<Product> products, int page, int pages, long total) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
