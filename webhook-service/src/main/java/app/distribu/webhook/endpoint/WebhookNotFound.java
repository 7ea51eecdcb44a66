package app.distribu.webhook.endpoint;

import app.distribu.platform.web.NotFound;

class WebhookNotFound extends NotFound {

	WebhookNotFound() {
		super("Webhook");
	}

}
