package app.distribu.identity.storefront;

import app.distribu.platform.web.Unprocessable;

/** A settings change we refuse, with the form field it concerns. */
class SettingsRefused extends Unprocessable {

	private final String field;

	SettingsRefused(String field, String detail) {
		super(detail);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
