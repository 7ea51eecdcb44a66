package app.distribu.order.lists;

/** A product on a list, by SKU as catalog knows it, and how many of it. */
record ListLine(String sku, int quantity) {

}
