package app.distribu.k8s;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cluster runs here, so every overlay is rendered, read into Kubernetes' model and
 * held to the rules operators rely on and to what the code reads.
 */
class ManifestsTest {

	private static final Map<String, Rendered> RENDERED = Map.of("dev", Rendered.overlay("dev"), "production",
			Rendered.overlay("production"));

	static Stream<Rendered> overlays() {
		return Repository.OVERLAYS.stream().map(RENDERED::get);
	}

	static Stream<Arguments> deployables() {
		return overlays()
			.flatMap((rendered) -> Repository.deployables().stream().map((module) -> Arguments.of(rendered, module)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("deployables")
	void everyDeploymentIsProbedLimitedNonRootMigratedAutoscaledAndSpread(Rendered rendered, String module) {
		assertThat(WorkloadRules.problems(rendered, module)).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("deployables")
	void everyVariableTheModuleReadsIsSet(Rendered rendered, String module) {
		assertThat(CodeFacts.variables(module)).as("variables %s reads", module).isNotEmpty();
		assertThat(EnvironmentRules.problems(rendered, module, CodeFacts.variables(module))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void noSecretIsShippedAndEverySecretReferencedIsOneTheInstallGuideCreates(Rendered rendered) {
		assertThat(ReferenceRules.secrets(rendered, Documentation.secrets())).isEmpty();
		assertThat(EnvironmentRules.secretsInConfigMaps(rendered)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void everyConfigMapAndServiceNamedExists(Rendered rendered) {
		assertThat(ReferenceRules.configMaps(rendered)).isEmpty();
		assertThat(ReferenceRules.services(rendered)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void everyTopicTheCodeUsesAndADeadLetterTopicPerConsumerIsDeclared(Rendered rendered) {
		assertThat(CodeFacts.topics()).contains("order.events", "company.notices").doesNotContain("distribu.events");
		assertThat(ReferenceRules.topics(rendered, CodeFacts.topics(), CodeFacts.consumerGroups())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("overlays")
	void everyServiceHasItsOwnDatabaseRoleAndSchema(Rendered rendered) {
		assertThat(ReferenceRules.database(rendered)).isEmpty();
	}

}
