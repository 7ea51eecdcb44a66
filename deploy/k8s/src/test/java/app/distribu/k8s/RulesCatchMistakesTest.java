package app.distribu.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks fail on the mistakes they exist for, one mistake at a time. */
class RulesCatchMistakesTest {

	@Test
	void aMissingReadinessProbeIsCaught() {
		Rendered broken = productionWith((documents) -> container(documents, "order-service").remove("readinessProbe"));

		assertThat(WorkloadRules.problems(broken, "order-service"))
			.containsExactly("order-service: no readinessProbe on /actuator/health/readiness");
	}

	@Test
	void aMissingMemoryLimitIsCaught() {
		Rendered broken = productionWith((documents) -> resources(documents, "catalog-service").remove("limits"));

		assertThat(WorkloadRules.problems(broken, "catalog-service"))
			.containsExactly("catalog-service: no memory limit");
	}

	@Test
	void aVariableTheCodeReadsButNoManifestSetsIsCaught() {
		Rendered broken = productionWith((documents) -> env(documents, "customer-service")
			.removeIf((env) -> env.get("name").equals("CONTACT_LINKS_SECRET")));

		assertThat(EnvironmentRules.problems(broken, "customer-service", CodeFacts.variables("customer-service")))
			.singleElement()
			.asString()
			.startsWith(
					"CONTACT_LINKS_SECRET (read in customer-service/src/main/resources/application.yml) is not set");
	}

	@Test
	void aSecretReferenceTheInstallGuideDoesNotListIsCaught() {
		Rendered broken = productionWith(
				(documents) -> env(documents, "webhook-service").add(Map.of("name", "SIGNING_SECRET", "valueFrom",
						Map.of("secretKeyRef", Map.of("name", "webhook-signing", "key", "secret")))));

		assertThat(ReferenceRules.secrets(broken, Documentation.secrets())).containsExactly(
				"webhook-service references Secret webhook-signing, which docs/operations/install.md does not tell operators to create");
	}

	@Test
	void aSecretWithAValueInTheManifestsIsCaught() {
		Rendered broken = productionWith((documents) -> {
			documents.add(new java.util.HashMap<>(Map.of("apiVersion", "v1", "kind", "Secret", "metadata",
					Map.of("name", "distribu-contact-links"), "stringData", Map.of("secret", "change-me"))));
			env(documents, "billing-service").add(Map.of("name", "STRIPE_API_KEYS", "value", "sk_live_123"));
		});

		assertThat(ReferenceRules.secrets(broken, Documentation.secrets())).contains(
				"Secret distribu-contact-links is shipped with the manifests; reference it and let the operator create it");
		assertThat(EnvironmentRules.problems(broken, "billing-service", Map.of()))
			.containsExactly("STRIPE_API_KEYS of billing-service has a literal value; take it from a Secret");
	}

	@Test
	void aTopicWithoutAKafkaTopicIsCaught() {
		Rendered production = Rendered.overlay("production");

		assertThat(
				ReferenceRules.topics(production, Set.of("order.events", "invoice.events"), List.of("order-service")))
			.containsExactly("topic invoice.events has no KafkaTopic in deploy/k8s/base/topics.yaml");
	}

	@Test
	void aServiceNamedButNotDeployedIsCaught() {
		Rendered broken = productionWith((documents) -> documents.stream()
			.filter((document) -> "ConfigMap".equals(document.get("kind")))
			.findFirst()
			.map(RulesCatchMistakesTest::data)
			.orElseThrow()
			.put("INVOICE_URL", "http://invoice-service"));

		assertThat(ReferenceRules.services(broken))
			.containsExactly("'http://invoice-service' names invoice-service, which is no Service of the overlay");
	}

	@Test
	void startUpJvmFlagsInKubernetesAreCaught() {
		Rendered broken = productionWith((documents) -> env(documents, "gateway")
			.add(Map.of("name", "JAVA_TOOL_OPTIONS", "value", "-XX:TieredStopAtLevel=1")));

		assertThat(WorkloadRules.problems(broken, "gateway"))
			.containsExactly("start-up JVM flags (-XX:TieredStopAtLevel=1) instead of throughput ones");
	}

	private static Rendered productionWith(Consumer<List<Map<String, Object>>> mistake) {
		List<Map<String, Object>> documents = Kustomize.render(Path.of(Repository.K8S + "/overlays/production"));
		mistake.accept(documents);
		return Rendered.of("production", documents);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> container(List<Map<String, Object>> documents, String deployment) {
		Map<String, Object> found = documents.stream()
			.filter((document) -> "Deployment".equals(document.get("kind"))
					&& deployment.equals(Kustomize.metadata(document).get("name")))
			.findFirst()
			.orElseThrow();
		Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) found.get("spec"))
			.get("template")).get("spec");
		return ((List<Map<String, Object>>) pod.get("containers")).get(0);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> resources(List<Map<String, Object>> documents, String deployment) {
		return (Map<String, Object>) container(documents, deployment).get("resources");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> env(List<Map<String, Object>> documents, String deployment) {
		return (List<Map<String, Object>>) container(documents, deployment).get("env");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(Map<String, Object> configMap) {
		return (Map<String, Object>) configMap.get("data");
	}

}
