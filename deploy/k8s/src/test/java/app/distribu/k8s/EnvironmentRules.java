package app.distribu.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every variable a module reads is set in its Deployment (directly, or through a
 * ConfigMap), and no secret is set as a literal value.
 */
final class EnvironmentRules {

	/** Names whose values are secrets: they must come from a Secret. */
	static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|TOKEN|CREDENTIALS|_KEYS?)|.*(SECRET|ACCESS_KEY).*");

	private EnvironmentRules() {
	}

	static List<String> problems(Rendered rendered, String module, Map<String, Path> read) {
		Deployment deployment = rendered.deployment(module).orElse(null);
		if (deployment == null) {
			return List.of("no Deployment named " + module);
		}
		Container main = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
		Set<String> set = set(rendered, main);
		List<String> problems = new ArrayList<>();
		read.forEach((variable, file) -> {
			if (!set.contains(variable)) {
				problems.add(variable + " (read in " + file + ") is not set for " + module + " in overlay "
						+ rendered.overlay() + ": add it to the env of deploy/k8s/base/" + module
						+ ".yaml, or to the distribu-config ConfigMap (deploy/k8s/base/config.yaml) if every service"
						+ " shares it, from a Secret if it is one, and document it in docs/operations/configuration.md");
			}
		});
		for (EnvVar env : main.getEnv()) {
			if (SECRET_NAME.matcher(env.getName()).matches() && env.getValue() != null) {
				problems.add(env.getName() + " of " + module + " has a literal value; take it from a Secret");
			}
		}
		return problems;
	}

	/** Variables set on the container, with the keys of the ConfigMaps it takes whole. */
	static Set<String> set(Rendered rendered, Container container) {
		Set<String> set = new TreeSet<>();
		container.getEnv().forEach((env) -> set.add(env.getName()));
		for (EnvFromSource source : container.getEnvFrom()) {
			if (source.getConfigMapRef() != null) {
				rendered.named(ConfigMap.class, source.getConfigMapRef().getName())
					.ifPresent((configMap) -> set.addAll(configMap.getData().keySet()));
			}
		}
		return set;
	}

	/** ConfigMap keys that look like secrets are a leak. */
	static List<String> secretsInConfigMaps(Rendered rendered) {
		List<String> problems = new ArrayList<>();
		for (ConfigMap configMap : rendered.all(ConfigMap.class)) {
			configMap.getData()
				.keySet()
				.stream()
				.filter((key) -> SECRET_NAME.matcher(key).matches())
				.forEach((key) -> problems
					.add("ConfigMap " + configMap.getMetadata().getName() + " holds " + key + ", a secret"));
		}
		return problems;
	}

}
