package app.distribu.identity.contact;

/** A link that cannot sign anyone in; the page explains {@link #check()}. */
class LinkUnusable extends RuntimeException {

	private final String slug;

	private final LinkCheck check;

	LinkUnusable(String slug, LinkCheck check) {
		super(check.title());
		this.slug = slug;
		this.check = check;
	}

	String slug() {
		return this.slug;
	}

	LinkCheck check() {
		return this.check;
	}

}
