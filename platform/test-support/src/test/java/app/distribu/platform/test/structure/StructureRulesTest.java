package app.distribu.platform.test.structure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules fail on code that breaks them, and say where. */
class StructureRulesTest {

	private static final String FIXTURE = "app.distribu.platform.test.structure.fixture";

	@Test
	void aCycleBetweenFeaturePackagesIsReportedWithBothSides() {
		EvaluationResult result = StructureRules.featuresFreeOfCycles(FIXTURE + ".cycle")
			.evaluate(classesOf(FIXTURE + ".cycle"));

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("feature 'orders'", "feature 'customers'");
	}

	@Test
	void featurePackagesThatDependOneWayPass() {
		assertThat(StructureRules.featuresFreeOfCycles(FIXTURE + ".oneway")
			.evaluate(classesOf(FIXTURE + ".oneway"))
			.hasViolation()).isFalse();
	}

	@Test
	void aPublicControllerIsReported() {
		EvaluationResult result = StructureRules.webTypesPackagePrivate().evaluate(classesOf(FIXTURE + ".web"));

		assertThat(result.getFailureReport().getDetails()).singleElement()
			.asString()
			.contains("PublicController", "modifier PUBLIC");
	}

	@Test
	void twoTypesOfOneNameAreBothReported() {
		EvaluationResult result = StructureRules.typeNamesUnique(FIXTURE).evaluate(classesOf(FIXTURE + ".names"));

		assertThat(result.getFailureReport().getDetails()).hasSize(2)
			.allSatisfy((detail) -> assertThat(detail).contains("has the name of"));
	}

	private static JavaClasses classesOf(String fixture) {
		return new ClassFileImporter().importPackages(fixture);
	}

}
