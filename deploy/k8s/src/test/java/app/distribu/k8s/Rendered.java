package app.distribu.k8s;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * An overlay rendered and read into fabric8's Kubernetes model: core kinds as typed
 * objects, custom resources (Strimzi, CloudNativePG, Keycloak, Prometheus Operator) as
 * generic ones.
 */
record Rendered(String overlay, List<HasMetadata> resources) {

	private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

	static Rendered overlay(String overlay) {
		return of(overlay, Kustomize.render(Repository.K8S.resolve("overlays").resolve(overlay)));
	}

	static Rendered of(String overlay, List<Map<String, Object>> documents) {
		return new Rendered(overlay,
				documents.stream().map((document) -> SERIALIZATION.convertValue(document, HasMetadata.class)).toList());
	}

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return this.resources.stream().filter(type::isInstance).map(type::cast).toList();
	}

	<T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
		return all(type).stream().filter((resource) -> resource.getMetadata().getName().equals(name)).findFirst();
	}

	List<GenericKubernetesResource> custom(String kind) {
		return all(GenericKubernetesResource.class).stream()
			.filter((resource) -> resource.getKind().equals(kind))
			.toList();
	}

	Optional<Deployment> deployment(String module) {
		return named(Deployment.class, module);
	}

	Map<String, String> config() {
		return named(ConfigMap.class, "distribu-config").map(ConfigMap::getData).orElse(Map.of());
	}

	@Override
	public String toString() {
		return this.overlay;
	}

}
