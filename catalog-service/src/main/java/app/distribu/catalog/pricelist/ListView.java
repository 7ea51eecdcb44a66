package app.distribu.catalog.pricelist;

import java.util.List;

/** A list with what the pages and the API show beside its details. */
record ListView(PriceList list, String status, List<Assignment> assignments, int products) {

}
