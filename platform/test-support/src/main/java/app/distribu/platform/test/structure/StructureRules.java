package app.distribu.platform.test.structure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service's main code keeps (docs/structure.md). Each is a plain ArchUnit
 * rule, so a test can also show that it fails on code that breaks it.
 */
public final class StructureRules {

	/** The top-level package of each deployable, gateway included. */
	public static final List<String> DEPLOYABLES = List.of("identity", "catalog", "customer", "order", "webhook",
			"billing", "gateway");

	private static final String CONTROLLER = "org.springframework.stereotype.Controller";

	private static final String CONTROLLER_ADVICE = "org.springframework.web.bind.annotation.ControllerAdvice";

	private static final String REPOSITORY = "org.springframework.stereotype.Repository";

	private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

	private StructureRules() {
	}

	/** Main classes (no tests) of the given packages and the packages below them. */
	public static JavaClasses mainClassesOf(String... packages) {
		return IMPORTED.computeIfAbsent(String.join(",", packages),
				(key) -> new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
					.importPackages(packages));
	}

	/**
	 * {@code base}'s feature packages ({@code base.feature..}) depend on each other one
	 * way only.
	 */
	public static ArchRule featuresFreeOfCycles(String base) {
		return slices().matching(base + ".(*)..")
			.namingSlices("feature '$1'")
			.should()
			.beFreeOfCycles()
			.because("a feature package that needs another must not be needed by it (docs/structure.md)");
	}

	/** Controllers are reached over HTTP, never called from another package. */
	public static ArchRule webTypesPackagePrivate() {
		return classes().that()
			.areMetaAnnotatedWith(CONTROLLER)
			.or()
			.areMetaAnnotatedWith(CONTROLLER_ADVICE)
			.should()
			.notBePublic()
			.allowEmptyShould(true)
			.because("web types belong to their feature package; other code calls the feature's services");
	}

	/**
	 * SQL lives in repositories: only they (and jOOQ's generated {@code base.db}) use
	 * jOOQ.
	 */
	public static ArchRule sqlOnlyInRepositories(String base) {
		return noClasses().that()
			.resideOutsideOfPackage(base + ".db..")
			.and()
			.areNotMetaAnnotatedWith(REPOSITORY)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.jooq..", base + ".db..")
			.because("queries belong in @Repository classes, where a reader looks for them");
	}

	/** A deployable never uses another's classes: they talk over HTTP and Kafka only. */
	public static ArchRule usesNoOtherDeployable(String name) {
		String[] others = DEPLOYABLES.stream()
			.filter((other) -> !other.equals(name))
			.map((other) -> "app.distribu." + other + "..")
			.toArray(String[]::new);
		return noClasses().that()
			.resideInAPackage("app.distribu." + name + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.because("services share nothing but platform libraries and published contracts");
	}

	/** Shared libraries never reach into a deployable. */
	public static ArchRule platformUsesNoDeployable() {
		return noClasses().that()
			.resideInAPackage("app.distribu.platform..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(
					DEPLOYABLES.stream().map((name) -> "app.distribu." + name + "..").toArray(String[]::new))
			.because("platform/ holds cross-cutting libraries only");
	}

	/**
	 * No two top-level types of one name in a service, so a reader who meets a name knows
	 * which side it is (a client of catalog's reservations is not called like catalog's
	 * own).
	 */
	public static ArchRule typeNamesUnique(String base) {
		return classes().that()
			.resideOutsideOfPackage(base + ".db..")
			.and()
			.areTopLevelClasses()
			.and()
			.doNotHaveSimpleName("package-info")
			.should(beTheOnlyTypeOfTheirName())
			.because("two types of one name make a reader guess which one is meant");
	}

	private static ArchCondition<JavaClass> beTheOnlyTypeOfTheirName() {
		return new ArchCondition<>("be the only type of their name") {

			private Map<String, List<JavaClass>> byName = Map.of();

			@Override
			public void init(Collection<JavaClass> all) {
				this.byName = all.stream().collect(Collectors.groupingBy(JavaClass::getSimpleName));
			}

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				List<JavaClass> namesakes = this.byName.get(type.getSimpleName());
				if (namesakes.size() > 1) {
					String others = namesakes.stream()
						.filter((other) -> !other.equals(type))
						.map(JavaClass::getName)
						.collect(Collectors.joining(", "));
					events.add(SimpleConditionEvent.violated(type, type.getName() + " has the name of " + others));
				}
			}

		};
	}

}
