package app.distribu.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's share of docs/structure.md (it runs on WebFlux, so it does not take the
 * servlet services' test support): no service's classes, no cycle between its packages.
 */
class GatewayStructureTest {

	private static final JavaClasses GATEWAY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.distribu");

	@Test
	void usesNoServicesClasses() {
		noClasses().that()
			.resideInAPackage("app.distribu.gateway..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("app.distribu.identity..", "app.distribu.catalog..", "app.distribu.customer..",
					"app.distribu.order..", "app.distribu.webhook..", "app.distribu.billing..")
			.because("the gateway routes by path and reads tokens; it knows no service's code")
			.check(GATEWAY);
	}

	@Test
	void featurePackagesDependOnEachOtherOneWayOnly() {
		slices().matching("app.distribu.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
	}

}
