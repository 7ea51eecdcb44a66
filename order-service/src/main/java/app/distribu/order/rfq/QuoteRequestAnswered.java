package app.distribu.order.rfq;

/**
 * Thrown inside an order's transaction when the quote was accepted, declined or expired
 * by someone else meanwhile: the order is rolled back and its stock given back.
 */
class QuoteRequestAnswered extends RuntimeException {

	QuoteRequestAnswered() {
		super("The quote was answered meanwhile.", null, false, false);
	}

}
