package app.distribu.k8s;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/**
 * Everything a manifest names exists: ConfigMaps and their keys, Services, Kafka topics,
 * database roles and schemas; and every Secret named is one the install guide tells the
 * operator to create (none is shipped).
 */
final class ReferenceRules {

	/** A host in a URL or a host:port value. */
	private static final Pattern HOST = Pattern
		.compile("^(?:[a-z]+:)*(?://)?([a-z0-9][a-z0-9.-]*)(?::\\d+)?(?:[/?].*)?$");

	private ReferenceRules() {
	}

	static List<String> configMaps(Rendered rendered) {
		List<String> problems = new ArrayList<>();
		for (Deployment deployment : rendered.all(Deployment.class)) {
			for (Container container : containers(deployment)) {
				container.getEnvFrom()
					.stream()
					.filter((source) -> source.getConfigMapRef() != null)
					.map((source) -> source.getConfigMapRef().getName())
					.filter((name) -> rendered.named(ConfigMap.class, name).isEmpty())
					.forEach((name) -> problems
						.add(container.getName() + " takes ConfigMap " + name + ", which does not exist"));
				for (EnvVar env : container.getEnv()) {
					if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
						var ref = env.getValueFrom().getConfigMapKeyRef();
						boolean found = rendered.named(ConfigMap.class, ref.getName())
							.map((configMap) -> configMap.getData().containsKey(ref.getKey()))
							.orElse(false);
						if (!found) {
							problems.add(container.getName() + " reads " + ref.getName() + "/" + ref.getKey()
									+ ", which does not exist");
						}
					}
				}
			}
		}
		return problems;
	}

	/** Hosts named in configuration values resolve to a Service of the overlay. */
	static List<String> services(Rendered rendered) {
		Set<String> names = new HashSet<>();
		rendered.all(Service.class).forEach((service) -> names.add(service.getMetadata().getName()));
		rendered.custom("Kafka").forEach((kafka) -> names.add(kafka.getMetadata().getName() + "-kafka-bootstrap"));
		for (GenericKubernetesResource cluster : rendered.custom("Cluster")) {
			for (String suffix : List.of("-rw", "-ro", "-r")) {
				names.add(cluster.getMetadata().getName() + suffix);
			}
		}
		List<String> problems = new ArrayList<>();
		List<String> values = new ArrayList<>(rendered.config().values());
		rendered.all(Deployment.class)
			.forEach((deployment) -> containers(deployment)
				.forEach((container) -> container.getEnv().forEach((env) -> values.add(env.getValue()))));
		for (String value : values) {
			Matcher host = (value != null) ? HOST.matcher(value) : null;
			if (host != null && host.matches() && value.matches(".*(://|:\\d+).*") && !host.group(1).contains(".")
					&& !host.group(1).equals("localhost") && !names.contains(host.group(1))) {
				problems.add("'" + value + "' names " + host.group(1) + ", which is no Service of the overlay");
			}
		}
		for (Ingress ingress : rendered.all(Ingress.class)) {
			List<String> backends = new ArrayList<>();
			if (ingress.getSpec().getDefaultBackend() != null) {
				backends.add(ingress.getSpec().getDefaultBackend().getService().getName());
			}
			ingress.getSpec()
				.getRules()
				.forEach((rule) -> rule.getHttp()
					.getPaths()
					.forEach((path) -> backends.add(path.getBackend().getService().getName())));
			backends.stream()
				.filter((name) -> !names.contains(name))
				.forEach((name) -> problems.add(
						"Ingress " + ingress.getMetadata().getName() + " routes to " + name + ", which is no Service"));
		}
		return problems;
	}

	/**
	 * A KafkaTopic for every topic the code names and a dead-letter topic per consumer.
	 */
	static List<String> topics(Rendered rendered, Set<String> inCode, List<String> consumerGroups) {
		Set<String> declared = new TreeSet<>();
		Set<String> clusters = new HashSet<>();
		rendered.custom("Kafka").forEach((kafka) -> clusters.add(kafka.getMetadata().getName()));
		List<String> problems = new ArrayList<>();
		for (GenericKubernetesResource topic : rendered.custom("KafkaTopic")) {
			Map<String, Object> spec = spec(topic);
			declared.add((String) spec.getOrDefault("topicName", topic.getMetadata().getName()));
			String cluster = topic.getMetadata().getLabels().get("strimzi.io/cluster");
			if (!clusters.contains(cluster)) {
				problems.add("KafkaTopic " + topic.getMetadata().getName() + " names Kafka cluster " + cluster
						+ ", which does not exist");
			}
		}
		Set<String> wanted = new TreeSet<>(inCode);
		consumerGroups.forEach((group) -> wanted.add(group + ".dead-letters"));
		wanted.stream()
			.filter((topic) -> !declared.contains(topic))
			.forEach((topic) -> problems.add("topic " + topic + " has no KafkaTopic in deploy/k8s/base/topics.yaml"));
		return problems;
	}

	/** Each service's role and schema exist in the CloudNativePG cluster. */
	@SuppressWarnings("unchecked")
	static List<String> database(Rendered rendered) {
		Map<String, String> roleSecrets = new java.util.HashMap<>();
		for (GenericKubernetesResource cluster : rendered.custom("Cluster")) {
			Map<String, Object> managed = (Map<String, Object>) spec(cluster).getOrDefault("managed", Map.of());
			for (Map<String, Object> role : (List<Map<String, Object>>) managed.getOrDefault("roles", List.of())) {
				roleSecrets.put((String) role.get("name"),
						(String) ((Map<String, Object>) role.get("passwordSecret")).get("name"));
			}
		}
		Map<String, String> schemaOwners = new java.util.HashMap<>();
		for (GenericKubernetesResource database : rendered.custom("Database")) {
			for (Map<String, Object> schema : (List<Map<String, Object>>) spec(database).getOrDefault("schemas",
					List.of())) {
				schemaOwners.put((String) schema.get("name"), (String) schema.get("owner"));
			}
		}
		List<String> problems = new ArrayList<>();
		for (Deployment deployment : rendered.all(Deployment.class)) {
			Container main = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
			EnvVar user = WorkloadRules.env(main, "DB_USER");
			EnvVar schema = WorkloadRules.env(main, "DB_SCHEMA");
			EnvVar password = WorkloadRules.env(main, "DB_PASSWORD");
			if (user == null || schema == null || password == null) {
				continue;
			}
			String name = deployment.getMetadata().getName();
			if (!roleSecrets.containsKey(user.getValue())) {
				problems.add(name + " logs in as " + user.getValue() + ", which is no managed role of the cluster");
			}
			else if (password.getValueFrom() == null
					|| !roleSecrets.get(user.getValue()).equals(password.getValueFrom().getSecretKeyRef().getName())) {
				problems.add(name + "'s DB_PASSWORD is not the Secret of role " + user.getValue());
			}
			if (!user.getValue().equals(schemaOwners.get(schema.getValue()))) {
				problems.add(name + "'s schema " + schema.getValue() + " is not declared, owned by " + user.getValue());
			}
		}
		return problems;
	}

	/**
	 * No Secret is shipped, and every Secret referenced (by pods and by custom resources)
	 * is in the install guide's table with the keys read from it.
	 */
	static List<String> secrets(Rendered rendered, Map<String, Set<String>> documented) {
		List<String> problems = new ArrayList<>();
		rendered.all(Secret.class)
			.forEach((secret) -> problems.add("Secret " + secret.getMetadata().getName()
					+ " is shipped with the manifests; reference it and let the operator create it"));
		for (SecretReference reference : secretReferences(rendered)) {
			Set<String> keys = documented.get(reference.name());
			if (keys == null) {
				problems.add(reference.from() + " references Secret " + reference.name()
						+ ", which docs/operations/install.md does not tell operators to create");
			}
			else if (reference.key() != null && !keys.contains(reference.key())) {
				problems.add(reference.from() + " reads key " + reference.key() + " of Secret " + reference.name()
						+ ", which docs/operations/install.md does not list");
			}
		}
		return problems;
	}

	static List<SecretReference> secretReferences(Rendered rendered) {
		List<SecretReference> references = new ArrayList<>();
		for (Deployment deployment : rendered.all(Deployment.class)) {
			for (Container container : containers(deployment)) {
				for (EnvVar env : container.getEnv()) {
					if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
						var ref = env.getValueFrom().getSecretKeyRef();
						references.add(new SecretReference(container.getName(), ref.getName(), ref.getKey()));
					}
				}
				container.getEnvFrom()
					.stream()
					.filter((source) -> source.getSecretRef() != null)
					.forEach((source) -> references
						.add(new SecretReference(container.getName(), source.getSecretRef().getName(), null)));
			}
		}
		for (GenericKubernetesResource custom : rendered.all(GenericKubernetesResource.class)) {
			collect(custom.getKind() + " " + custom.getMetadata().getName(), null, custom.getAdditionalProperties(),
					references);
		}
		return references;
	}

	@SuppressWarnings("unchecked")
	private static void collect(String from, String key, Object value, List<SecretReference> references) {
		if (value instanceof Map<?, ?> map) {
			boolean secretish = key != null && (key.toLowerCase().endsWith("secret") || key.equals("accessKeyId")
					|| key.equals("secretAccessKey"));
			if (secretish && map.get("name") instanceof String name) {
				references.add(new SecretReference(from, name, (String) map.get("key")));
				return;
			}
			((Map<String, Object>) map).forEach((child, nested) -> collect(from, child, nested, references));
		}
		else if (value instanceof List<?> list) {
			list.forEach((item) -> collect(from, key, item, references));
		}
	}

	static List<Container> containers(Deployment deployment) {
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		List<Container> containers = new ArrayList<>(pod.getInitContainers());
		containers.addAll(pod.getContainers());
		return containers;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> spec(HasMetadata resource) {
		return (Map<String, Object>) ((GenericKubernetesResource) resource).getAdditionalProperties()
			.getOrDefault("spec", Map.of());
	}

	record SecretReference(String from, String name, String key) {

	}

}
