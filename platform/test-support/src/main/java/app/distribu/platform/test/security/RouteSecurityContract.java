package app.distribu.platform.test.security;

import net.jqwik.api.Example;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's security test proves about its routes; the test class implements
 * it, starts its service and builds its {@link SecurityMatrix}.
 */
public interface RouteSecurityContract {

	SecurityMatrix matrix();

	@Example
	default void everyRouteIsClassified() {
		assertThat(matrix().unclassified()).as("routes nobody said who may use").isEmpty();
	}

	@Example
	default void everyRouteRefusesEveryoneItIsNotFor() {
		matrix().verify();
	}

}
