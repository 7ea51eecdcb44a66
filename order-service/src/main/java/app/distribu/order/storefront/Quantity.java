package app.distribu.order.storefront;

/** A quantity typed by a buyer: a whole number from 1 to 1,000,000. */
public final class Quantity {

	public static final String RULE = "Quantity must be a whole number from 1 to 1,000,000.";

	private Quantity() {
	}

	/** The quantity, or null when the text is not one. */
	public static Integer parse(String text) {
		try {
			int value = Integer.parseInt(text.strip());
			return (value >= 1 && value <= CartRepository.MAX_QUANTITY) ? value : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
