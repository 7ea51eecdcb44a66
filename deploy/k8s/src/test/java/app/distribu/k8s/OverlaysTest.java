package app.distribu.k8s;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overlays render, into fields Kubernetes knows, as the real Kustomize renders them.
 */
class OverlaysTest {

	static List<String> overlays() {
		return Repository.OVERLAYS;
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void everyResourceOfACoreKindHasOnlyFieldsKubernetesKnows(String overlay) {
		List<String> unknown = new ArrayList<>();
		for (HasMetadata resource : Rendered.overlay(overlay).resources()) {
			if (!(resource instanceof GenericKubernetesResource)) {
				unknownFields(resource.getKind() + " " + resource.getMetadata().getName(), resource, unknown);
			}
		}
		assertThat(unknown).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void rendersAsKubectlKustomizeDoes(String overlay) throws Exception {
		List<String> kustomize = kustomizeCommand();
		Assumptions.assumeTrue(kustomize != null, "neither kubectl nor kustomize is installed");
		Path directory = Repository.K8S.resolve("overlays").resolve(overlay);
		List<String> command = new ArrayList<>(kustomize);
		command.add(directory.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();

		assertThat(byName(Kustomize.render(directory))).isEqualTo(byName(documents(output)));
	}

	private static List<String> kustomizeCommand() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Path.of(dir, "kustomize"))) {
				return List.of(Path.of(dir, "kustomize").toString(), "build");
			}
			if (Files.isExecutable(Path.of(dir, "kubectl"))) {
				return List.of(Path.of(dir, "kubectl").toString(), "kustomize");
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> documents(String yaml) {
		List<Map<String, Object>> documents = new ArrayList<>();
		new Yaml().loadAll(yaml).forEach((document) -> documents.add((Map<String, Object>) document));
		return documents;
	}

	private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> resources) {
		Map<String, Map<String, Object>> byName = new HashMap<>();
		resources.forEach((resource) -> byName
			.put(resource.get("kind") + "/" + Kustomize.metadata(resource).get("name"), resource));
		return byName;
	}

	/** fabric8 keeps fields its model lacks in additionalProperties: typos land there. */
	private static void unknownFields(String where, Object value, List<String> unknown) {
		if (value instanceof Collection<?> items) {
			items.forEach((item) -> unknownFields(where, item, unknown));
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.values().forEach((item) -> unknownFields(where, item, unknown));
			return;
		}
		if (!(value instanceof KubernetesResource)) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
					|| getter.getDeclaringClass() == Object.class) {
				continue;
			}
			Object child;
			try {
				child = getter.invoke(value);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				continue;
			}
			if (getter.getName().equals("getAdditionalProperties")) {
				if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
					unknown
						.add(where + ": unknown fields " + extra.keySet() + " in " + value.getClass().getSimpleName());
				}
			}
			else {
				unknownFields(where, child, unknown);
			}
		}
	}

}
