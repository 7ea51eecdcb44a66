package app.distribu.catalog.stock;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;

/** How a stock movement names who made it. */
public final class Actors {

	/** Movements nobody asked for, like releasing an unconfirmed reservation. */
	public static final String SYSTEM = "Distribu";

	private Actors() {
	}

	public static String of(DistribuPrincipal me) {
		if (me.kind() == PrincipalKind.API_KEY) {
			return "API key " + ((me.name() != null) ? me.name() : me.subjectId());
		}
		if (me.kind() == PrincipalKind.CONTACT) {
			return "Storefront " + ((me.email() != null) ? me.email() : me.subjectId());
		}
		return (me.email() != null) ? me.email() : ((me.name() != null) ? me.name() : me.subjectId().toString());
	}

}
