package app.distribu.identity.contact;

import app.distribu.platform.web.NotFound;

class UnknownCompany extends NotFound {

	UnknownCompany() {
		super("Company");
	}

}
