package app.distribu.webhook.delivery;

/** How one attempt went. {@code responseStatus} is null when no response came. */
record Outcome(boolean succeeded, Integer responseStatus, String excerpt, int durationMs) {

	static final int EXCERPT = 500;

	static String excerpt(String text) {
		if (text == null) {
			return null;
		}
		return (text.length() <= EXCERPT) ? text : text.substring(0, EXCERPT);
	}

}
