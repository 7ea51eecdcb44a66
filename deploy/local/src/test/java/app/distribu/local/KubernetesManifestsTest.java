package app.distribu.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cluster runs here, so the manifests in deploy/k8s are checked against the code
 * instead: every module has a Deployment whose probes use the health groups, and every
 * environment variable a module's application.yml reads without a safe default is set.
 */
class KubernetesManifestsTest {

	static final Path REPO = Path.of(System.getProperty("distribu.repo", "../..")).toAbsolutePath().normalize();

	static final Path BASE = REPO.resolve("deploy/k8s/base");

	static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

	static Stream<String> modules() {
		return Stream.concat(StackConfig.SERVICES.stream().map(StackConfig.Service::module), Stream.of("gateway"));
	}

	@ParameterizedTest
	@MethodSource("modules")
	void eachModuleIsDeployedWithProbesOnTheHealthGroups(String module) throws IOException {
		Map<String, Object> container = container(module);

		assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		assertThat(path(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
	}

	@ParameterizedTest
	@MethodSource("modules")
	void everyVariableTheModuleReadsIsSet(String module) throws IOException {
		Set<String> provided = new HashSet<>(configMapKeys());
		for (Object env : (List<?>) container(module).getOrDefault("env", List.of())) {
			provided.add((String) ((Map<?, ?>) env).get("name"));
		}
		String settings = Files.readString(REPO.resolve(module).resolve("src/main/resources/application.yml"));
		Matcher placeholders = PLACEHOLDER.matcher(settings);
		Set<String> read = new HashSet<>();
		while (placeholders.find()) {
			read.add(placeholders.group(1));
		}

		assertThat(read).as("variables %s reads", module).isNotEmpty();
		assertThat(provided).as("variables set for %s in deploy/k8s", module).containsAll(read);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> container(String module) throws IOException {
		for (Object document : new Yaml().loadAll(Files.readString(BASE.resolve(module + ".yaml")))) {
			Map<String, Object> resource = (Map<String, Object>) document;
			if ("Deployment".equals(resource.get("kind"))) {
				List<Map<String, Object>> containers = (List<Map<String, Object>>) path(resource, "spec", "template",
						"spec", "containers");
				return containers.get(0);
			}
		}
		throw new AssertionError("No Deployment in deploy/k8s/base/" + module + ".yaml");
	}

	@SuppressWarnings("unchecked")
	private static Set<String> configMapKeys() throws IOException {
		for (Object document : new Yaml().loadAll(Files.readString(BASE.resolve("config.yaml")))) {
			Map<String, Object> resource = (Map<String, Object>) document;
			if ("ConfigMap".equals(resource.get("kind"))) {
				return ((Map<String, Object>) resource.get("data")).keySet();
			}
		}
		throw new AssertionError("No ConfigMap in deploy/k8s/base/config.yaml");
	}

	@SuppressWarnings("unchecked")
	private static Object path(Map<String, Object> map, String... keys) {
		Object current = map;
		for (String key : keys) {
			current = ((Map<String, Object>) current).get(key);
		}
		return current;
	}

}
