package app.distribu.order.ordering;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;

/** Who may use the orders API: team members, and API keys holding the scope. */
public final class ApiAccess {

	private ApiAccess() {
	}

	/** Storefront contacts see only their own orders, through the storefront. */
	public static void require(DistribuPrincipal me, String scope) {
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotPermitted();
		}
		me.requireScope(scope);
	}

}
