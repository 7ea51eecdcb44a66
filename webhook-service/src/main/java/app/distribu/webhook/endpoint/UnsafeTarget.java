package app.distribu.webhook.endpoint;

import app.distribu.platform.web.Unprocessable;

/** A webhook URL we refuse to call. */
public class UnsafeTarget extends Unprocessable {

	UnsafeTarget(String detail) {
		super(detail);
	}

}
