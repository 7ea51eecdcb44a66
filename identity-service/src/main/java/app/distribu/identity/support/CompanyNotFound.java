package app.distribu.identity.support;

import app.distribu.platform.web.NotFound;

class CompanyNotFound extends NotFound {

	CompanyNotFound() {
		super("Company");
	}

}
