package app.distribu.k8s;

import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations/configuration.md lists every variable a module reads or a manifest
 * sets, and nothing else: the reference cannot fall behind the code.
 */
class ConfigurationReferenceTest {

	@Test
	void everyVariableReadOrSetIsDocumentedAndNothingElse() {
		Set<String> used = new TreeSet<>();
		Repository.deployables().forEach((module) -> used.addAll(CodeFacts.variables(module).keySet()));
		for (String overlay : Repository.OVERLAYS) {
			Rendered rendered = Rendered.overlay(overlay);
			for (Deployment deployment : rendered.all(Deployment.class)) {
				ReferenceRules.containers(deployment)
					.forEach((container) -> used.addAll(EnvironmentRules.set(rendered, container)));
			}
		}

		Set<String> documented = Documentation.variables();
		assertThat(used).as("variables missing from docs/operations/configuration.md").isSubsetOf(documented);
		assertThat(documented).as("variables docs/operations/configuration.md lists that nothing reads or sets")
			.isSubsetOf(used);
	}

}
