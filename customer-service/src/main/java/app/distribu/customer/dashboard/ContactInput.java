package app.distribu.customer.dashboard;

/** The dashboard's contact form rules, as readable messages. */
final class ContactInput {

	private ContactInput() {
	}

	/** The first problem with the input, or null when it is fine. */
	static String problem(String name, String email) {
		if (name.isBlank()) {
			return "Contact name is required.";
		}
		if (name.trim().length() > 200) {
			return "Contact name is at most 200 characters.";
		}
		if (!email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.trim().length() > 254) {
			return "Enter a valid contact email address.";
		}
		return null;
	}

}
