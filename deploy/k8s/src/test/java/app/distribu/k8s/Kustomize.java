package app.distribu.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the part of
 * Kustomize our overlays use. No Kustomize library exists on Maven Central or npm, so
 * this is ours; {@link OverlaysTest} compares it with the real one wherever
 * {@code kubectl} or {@code kustomize} is installed, and any field outside this subset
 * fails the build instead of being ignored.
 */
final class Kustomize {

	private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "components",
			"labels", "patches", "images", "configMapGenerator");

	private Kustomize() {
	}

	static List<Map<String, Object>> render(Path directory) {
		List<Map<String, Object>> resources = new ArrayList<>();
		apply(directory, resources);
		return resources;
	}

	@SuppressWarnings("unchecked")
	private static void apply(Path directory, List<Map<String, Object>> resources) {
		Map<String, Object> kustomization = new Yaml().load(read(directory.resolve("kustomization.yaml")));
		for (String key : kustomization.keySet()) {
			if (!SUPPORTED.contains(key)) {
				throw new IllegalStateException(directory + "/kustomization.yaml uses '" + key
						+ "', which this renderer does not support: extend Kustomize.java (and compare with kubectl kustomize)");
			}
		}
		List<Map<String, Object>> own = new ArrayList<>();
		for (String resource : (List<String>) kustomization.getOrDefault("resources", List.of())) {
			Path path = directory.resolve(resource).normalize();
			if (Files.isDirectory(path)) {
				apply(path, own);
			}
			else {
				for (Object document : new Yaml().loadAll(read(path))) {
					if (document != null) {
						own.add((Map<String, Object>) document);
					}
				}
			}
		}
		for (Map<String, Object> generator : (List<Map<String, Object>>) kustomization
			.getOrDefault("configMapGenerator", List.of())) {
			own.add(configMap(directory, generator));
		}
		for (String component : (List<String>) kustomization.getOrDefault("components", List.of())) {
			apply(directory.resolve(component).normalize(), own);
		}
		String namespace = (String) kustomization.get("namespace");
		for (Map<String, Object> resource : own) {
			if (namespace != null && !"Namespace".equals(resource.get("kind"))) {
				metadata(resource).put("namespace", namespace);
			}
		}
		for (Map<String, Object> label : (List<Map<String, Object>>) kustomization.getOrDefault("labels", List.of())) {
			Map<String, Object> pairs = (Map<String, Object>) label.get("pairs");
			own.forEach((resource) -> ((Map<String, Object>) metadata(resource).computeIfAbsent("labels",
					(key) -> new LinkedHashMap<>()))
				.putAll(pairs));
		}
		for (Map<String, Object> patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
			JsonPatch operations = JsonPatch.parse((String) patch.get("patch"));
			Map<String, Object> target = (Map<String, Object>) patch.get("target");
			own.stream().filter((resource) -> matches(target, resource)).forEach(operations::applyTo);
		}
		for (Map<String, Object> image : (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of())) {
			own.forEach((resource) -> Images.replace(resource, image));
		}
		resources.addAll(own);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> configMap(Path directory, Map<String, Object> generator) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (String file : (List<String>) generator.getOrDefault("files", List.of())) {
			data.put(Path.of(file).getFileName().toString(), read(directory.resolve(file)));
		}
		Map<String, Object> options = (Map<String, Object>) generator.getOrDefault("options", Map.of());
		if (!Boolean.TRUE.equals(options.get("disableNameSuffixHash"))) {
			throw new IllegalStateException("configMapGenerator without disableNameSuffixHash is not supported");
		}
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("name", generator.get("name"));
		if (options.containsKey("labels")) {
			metadata.put("labels", new LinkedHashMap<>((Map<String, Object>) options.get("labels")));
		}
		Map<String, Object> configMap = new LinkedHashMap<>();
		configMap.put("apiVersion", "v1");
		configMap.put("kind", "ConfigMap");
		configMap.put("metadata", metadata);
		configMap.put("data", data);
		return configMap;
	}

	private static boolean matches(Map<String, Object> target, Map<String, Object> resource) {
		if (target.containsKey("kind") && !target.get("kind").equals(resource.get("kind"))) {
			return false;
		}
		return !target.containsKey("name")
				|| String.valueOf(metadata(resource).get("name")).matches("^(?:" + target.get("name") + ")$");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> metadata(Map<String, Object> resource) {
		return (Map<String, Object>) resource.computeIfAbsent("metadata", (key) -> new LinkedHashMap<>());
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
