package app.distribu.identity.support;

import java.util.UUID;

import app.distribu.platform.web.Unprocessable;

/**
 * A billing action's form. {@code actionId} is set when the form is drawn, so the same
 * form sent twice is one action (and one audit row).
 *
 * @param amount a refund's amount; blank refunds what is left
 * @param interval and {@code price}: an Enterprise agreement
 */
record InvoiceActionForm(UUID actionId, String reason, String amount, String interval, String price) {

	/**
	 * Checked in the handler after the caller's role, so that nobody else learns anything
	 * from the answer (a check while binding would run first).
	 */
	void requireActionId() {
		if (this.actionId == null) {
			throw new Unprocessable("This form is out of date. Reload the page and send it again.");
		}
	}

}
