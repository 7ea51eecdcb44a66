package app.distribu.order.quota;

import app.distribu.platform.web.Unprocessable;

/**
 * 422, not 429: waiting a few seconds does not help, only the 1st of the month or an
 * upgrade does, and generic clients retry 429s on their own.
 */
class MonthlyLimitReached extends Unprocessable {

	MonthlyLimitReached() {
		super("This store has reached its monthly order limit.");
	}

}
