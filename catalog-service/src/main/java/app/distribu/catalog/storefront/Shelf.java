package app.distribu.catalog.storefront;

import java.util.List;

/**
 * One page of a store's catalog. A page number past the end shows the last page.
 *
 * @param page the page shown, from 1
 * @param pages how many pages the filter gives (at least 1)
 * @param total how many products match in all
 */
record Shelf(List<ShelfItem> products, int page, int pages, int total) {

	/** The same page with other products, e.g. the same ones priced for the shopper. */
	Shelf with(List<ShelfItem> products) {
		return new Shelf(products, this.page, this.pages, this.total);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

	public boolean isEmpty() {
		return this.products.isEmpty();
	}

}
