package app.distribu.platform.test.structure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's structure test: implement it with the service's name (the package below
 * {@code app.distribu}) and the rules of {@link StructureRules} run on its main code.
 */
public interface StructureContract {

	/** e.g. {@code "order"} for {@code app.distribu.order}. */
	String service();

	private String base() {
		return "app.distribu." + service();
	}

	@Test
	default void featurePackagesDependOnEachOtherOneWayOnly() {
		StructureRules.featuresFreeOfCycles(base()).check(StructureRules.mainClassesOf(base()));
	}

	@Test
	default void controllersArePackagePrivate() {
		StructureRules.webTypesPackagePrivate().check(StructureRules.mainClassesOf(base()));
	}

	@Test
	default void onlyRepositoriesUseSql() {
		StructureRules.sqlOnlyInRepositories(base()).check(StructureRules.mainClassesOf(base()));
	}

	@Test
	default void usesNoOtherService() {
		StructureRules.usesNoOtherDeployable(service()).check(StructureRules.mainClassesOf(base()));
	}

	@Test
	default void theSharedPlatformItUsesUsesNoService() {
		StructureRules.platformUsesNoDeployable().check(StructureRules.mainClassesOf("app.distribu.platform"));
	}

	@Test
	default void templateConditionsNeverReadTheirOwnElementsVariables() {
		assertThat(TemplateRules.conditionsOnTheirOwnVariables(Path.of("src/main/resources"))).isEmpty();
	}

	@Test
	default void noTwoTypesShareAName() {
		StructureRules.typeNamesUnique(base()).check(StructureRules.mainClassesOf(base()));
	}

}
