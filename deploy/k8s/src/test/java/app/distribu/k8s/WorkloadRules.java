package app.distribu.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * What every Distribu Deployment must have, as a list of problems (empty when fine):
 * probes on the health groups, requests and a memory limit, non-root and read-only, a
 * pinned image, the Flyway init container, an autoscaler, a disruption budget, spread
 * over nodes and zones, and throughput JVM flags.
 */
final class WorkloadRules {

	private WorkloadRules() {
	}

	static List<String> problems(Rendered rendered, String module) {
		List<String> problems = new ArrayList<>();
		Optional<Deployment> found = rendered.deployment(module);
		if (found.isEmpty()) {
			return List.of("no Deployment named " + module);
		}
		Deployment deployment = found.get();
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		podSecurity(pod, problems);
		List<Container> containers = new ArrayList<>(pod.getContainers());
		containers.addAll(pod.getInitContainers());
		for (Container container : containers) {
			containerSecurity(container, problems);
			resources(container, problems);
			image(container, problems);
		}
		Container main = pod.getContainers().get(0);
		probe(main, "startupProbe", main.getStartupProbe(), "/actuator/health/liveness", problems);
		probe(main, "livenessProbe", main.getLivenessProbe(), "/actuator/health/liveness", problems);
		probe(main, "readinessProbe", main.getReadinessProbe(), "/actuator/health/readiness", problems);
		migration(pod, main, problems);
		jvmFlags(rendered, main, problems);
		if (pod.getTopologySpreadConstraints().size() < 2) {
			problems.add("no topologySpreadConstraints over zones and nodes");
		}
		autoscaler(rendered, module, problems);
		if (rendered.all(PodDisruptionBudget.class)
			.stream()
			.noneMatch((budget) -> selects(budget.getSpec().getSelector().getMatchLabels(), podLabels))) {
			problems.add("no PodDisruptionBudget selects its pods");
		}
		if (rendered.all(Service.class)
			.stream()
			.noneMatch((service) -> selects(service.getSpec().getSelector(), podLabels))) {
			problems.add("no Service selects its pods");
		}
		return problems;
	}

	private static void podSecurity(PodSpec pod, List<String> problems) {
		PodSecurityContext security = pod.getSecurityContext();
		if (security == null || !Boolean.TRUE.equals(security.getRunAsNonRoot()) || security.getRunAsUser() == null
				|| security.getRunAsUser() == 0) {
			problems.add("pod does not run as a non-root user (securityContext.runAsNonRoot and runAsUser)");
		}
		if (security == null || security.getSeccompProfile() == null
				|| !"RuntimeDefault".equals(security.getSeccompProfile().getType())) {
			problems.add("pod has no RuntimeDefault seccomp profile");
		}
		if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
			problems.add("pod mounts a service account token it does not need");
		}
	}

	private static void containerSecurity(Container container, List<String> problems) {
		SecurityContext security = container.getSecurityContext();
		if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
			problems.add(container.getName() + ": root filesystem not read-only");
		}
		if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
			problems.add(container.getName() + ": privilege escalation not forbidden");
		}
		if (security == null || security.getCapabilities() == null
				|| !security.getCapabilities().getDrop().contains("ALL")) {
			problems.add(container.getName() + ": capabilities not dropped");
		}
		if (container.getVolumeMounts().stream().noneMatch((mount) -> mount.getMountPath().equals("/tmp"))) {
			problems.add(container.getName() + ": no writable /tmp (the root filesystem is read-only)");
		}
	}

	private static void resources(Container container, List<String> problems) {
		var resources = container.getResources();
		if (resources == null || !resources.getRequests().containsKey("cpu")
				|| !resources.getRequests().containsKey("memory")) {
			problems.add(container.getName() + ": no cpu and memory requests");
		}
		if (resources == null || !resources.getLimits().containsKey("memory")) {
			problems.add(container.getName() + ": no memory limit");
		}
	}

	private static void image(Container container, List<String> problems) {
		String image = Objects.requireNonNullElse(container.getImage(), "");
		String reference = image.substring(Images.name(image).length());
		if (reference.isEmpty() || reference.equals(":latest")) {
			problems.add(container.getName() + ": image '" + image + "' is not pinned to a version or digest");
		}
	}

	private static void probe(Container container, String kind, Probe probe, String path, List<String> problems) {
		if (probe == null || probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
			problems.add(container.getName() + ": no " + kind + " on " + path);
		}
	}

	private static void migration(PodSpec pod, Container main, List<String> problems) {
		Optional<Container> migrate = pod.getInitContainers()
			.stream()
			.filter((container) -> container.getName().equals("migrate"))
			.findFirst();
		if (migrate.isEmpty() || !String.join(" ", migrate.get().getCommand()).contains("MigrateDatabase")) {
			problems.add("no 'migrate' init container running Flyway (MigrateDatabase)");
			return;
		}
		if (!Objects.equals(migrate.get().getImage(), main.getImage())) {
			problems.add("the migrate init container runs another image than the service");
		}
		for (String name : List.of("DB_USER", "DB_SCHEMA", "DB_PASSWORD")) {
			if (!Objects.equals(env(migrate.get(), name), env(main, name))) {
				problems.add("the migrate init container's " + name + " differs from the service's");
			}
		}
	}

	private static void jvmFlags(Rendered rendered, Container main, List<String> problems) {
		EnvVar own = env(main, "JAVA_TOOL_OPTIONS");
		String flags = (own != null) ? own.getValue() : rendered.config().get("JAVA_TOOL_OPTIONS");
		if (flags == null) {
			problems.add("no JAVA_TOOL_OPTIONS with throughput JVM flags");
		}
		else if (flags.contains("TieredStopAtLevel") || flags.contains("UseSerialGC")) {
			problems.add("start-up JVM flags (" + flags + ") instead of throughput ones");
		}
	}

	private static void autoscaler(Rendered rendered, String module, List<String> problems) {
		Optional<HorizontalPodAutoscaler> hpa = rendered.all(HorizontalPodAutoscaler.class)
			.stream()
			.filter((candidate) -> candidate.getSpec().getScaleTargetRef().getKind().equals("Deployment")
					&& candidate.getSpec().getScaleTargetRef().getName().equals(module))
			.findFirst();
		int least = rendered.overlay().equals("dev") ? 1 : 2;
		if (hpa.isEmpty()) {
			problems.add("no HorizontalPodAutoscaler");
		}
		else if (hpa.get().getSpec().getMinReplicas() < least
				|| hpa.get().getSpec().getMaxReplicas() < hpa.get().getSpec().getMinReplicas()) {
			problems.add("HorizontalPodAutoscaler keeps fewer than " + least + " replicas");
		}
	}

	static EnvVar env(Container container, String name) {
		return container.getEnv().stream().filter((env) -> env.getName().equals(name)).findFirst().orElse(null);
	}

	private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
		return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
	}

}
