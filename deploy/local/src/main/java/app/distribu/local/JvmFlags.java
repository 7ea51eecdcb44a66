package app.distribu.local;

import java.util.List;

/**
 * The JVM flags of the stack's own processes (services, gateway, Kafka). Lean by default:
 * C1 only and the serial collector start the stack fastest on two cores. Benchmarks want
 * the flags Kubernetes runs with (deploy/k8s/base/config.yaml): the default tiered JIT
 * (C2) and the parallel collector; {@code ./run-local.sh --throughput} sets
 * {@code DISTRIBU_JVM_FLAGS} to them. Any other value of {@code DISTRIBU_JVM_FLAGS}
 * replaces the lean flags as it stands (e.g. to add {@code -XX:StartFlightRecording}).
 */
final class JvmFlags {

	static final List<String> LEAN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k");

	private JvmFlags() {
	}

	static List<String> current() {
		String flags = System.getenv("DISTRIBU_JVM_FLAGS");
		return (flags == null || flags.isBlank()) ? LEAN : List.of(flags.trim().split("\\s+"));
	}

}
