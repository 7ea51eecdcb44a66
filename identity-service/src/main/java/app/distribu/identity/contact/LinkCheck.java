package app.distribu.identity.contact;

import java.time.OffsetDateTime;

import org.springframework.http.HttpStatus;

/** The state of a link opened at a store, and what the page tells the visitor. */
enum LinkCheck {

	USABLE(HttpStatus.OK, "Sign in", ""),

	UNKNOWN(HttpStatus.NOT_FOUND, "This sign-in link is not valid",
			"The link may have been mistyped or cut off. Ask for a new sign-in link below."),

	WRONG_STORE(HttpStatus.NOT_FOUND, "This link is for another store",
			"Sign-in links work only at the store that sent them. Ask this store for its own sign-in link below."),

	USED(HttpStatus.GONE, "This link has already been used",
			"Each sign-in link works once, and a newer link replaces older ones. Ask for a new sign-in link below."),

	EXPIRED(HttpStatus.GONE, "This sign-in link has expired",
			"Sign-in links work for 30 minutes. Ask for a new sign-in link below."),

	EXPIRED_INVITE(HttpStatus.GONE, "This invite has expired",
			"Invites work for 7 days. Your account is ready, so ask for a sign-in link below, or ask the store to re-send the invite.");

	private final HttpStatus status;

	private final String title;

	private final String detail;

	LinkCheck(HttpStatus status, String title, String detail) {
		this.status = status;
		this.title = title;
		this.detail = detail;
	}

	static LinkCheck of(StoredLink link, String slug, OffsetDateTime now) {
		if (!link.store().slug().equals(slug)) {
			return WRONG_STORE;
		}
		if (link.usedAt() != null) {
			return USED;
		}
		if (!link.expiresAt().isAfter(now)) {
			return (link.purpose() == LinkPurpose.INVITE) ? EXPIRED_INVITE : EXPIRED;
		}
		return USABLE;
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	String detail() {
		return this.detail;
	}

}
