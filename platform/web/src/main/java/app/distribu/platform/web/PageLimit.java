package app.distribu.platform.web;

import org.springframework.http.HttpStatus;

/** The {@code limit} of a list request: 1 to 100 items, 20 when not given. */
public final class PageLimit {

	public static final int DEFAULT = 20;

	public static final int MAX = 100;

	private PageLimit() {
	}

	/** The page size to use, or a 400 problem when the request asks for another. */
	public static int of(Integer requested) {
		int size = (requested != null) ? requested : DEFAULT;
		if (size < 1 || size > MAX) {
			throw new BadLimit();
		}
		return size;
	}

	static class BadLimit extends DomainProblem {

		BadLimit() {
			super(HttpStatus.BAD_REQUEST, "Invalid limit", "limit must be between 1 and " + MAX + ".");
		}

	}

}
