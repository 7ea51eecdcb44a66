package app.distribu.webhook.endpoint;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.security.Role;

/** Webhooks belong to owners and admins, or to API keys holding the scope. */
public final class WebhookAccess {

	private WebhookAccess() {
	}

	public static void require(DistribuPrincipal me, String scope) {
		if (me.kind() == PrincipalKind.API_KEY) {
			me.requireScope(scope);
			return;
		}
		me.requireRole(Role.OWNER, Role.ADMIN);
	}

}
