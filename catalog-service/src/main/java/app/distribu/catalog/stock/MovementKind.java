package app.distribu.catalog.stock;

/** Why a product's stock moved. */
public enum MovementKind {

	/** An order took stock. */
	ORDER,
	/** A cancelled order gave its stock back. */
	CANCELLATION,
	/** Someone corrected the stock by hand (dashboard, API, product edit). */
	ADJUSTMENT,
	/** A products CSV import set the stock. */
	IMPORT,
	/** A reservation no order confirmed (or the order was never created) gave it back. */
	RELEASE

}
