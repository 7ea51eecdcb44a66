package app.distribu.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real jar, started as production with placeholder or missing secrets, refuses to
 * start and names exactly the secrets docs/security.md lists for it, so that table is the
 * one operators can trust.
 */
class ProductionSecretsIT {

	private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z-]+)` \\|(.*)\\|(.*)\\|$");

	private static final Pattern VARIABLE = Pattern.compile("`([A-Z_]+)`");

	private static final Pattern REFUSED = Pattern.compile("([A-Z_]+) is (?:not set|still a placeholder|shorter)");

	private static final String STRIPE_BILLING = "billing-service-with-stripe";

	@TempDir
	Path logs;

	@Test
	void everyServiceRefusesToStartInProductionNamingTheSecretsItLacks() throws Exception {
		StackConfig config = TestStacks.config(this.logs);
		Map<String, Set<String>> documented = documentedSecrets(config.repo());
		assertThat(documented.keySet()).containsExactlyInAnyOrder("identity-service", "catalog-service",
				"customer-service", "order-service", "webhook-service", "billing-service", "gateway");

		Map<String, Set<String>> expected = new LinkedHashMap<>(documented);
		// With Stripe taking the payments, billing needs Stripe's keys too
		// (docs/security.md).
		Set<String> withStripe = new TreeSet<>(documented.get("billing-service"));
		withStripe.addAll(Set.of("STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"));
		expected.put(STRIPE_BILLING, withStripe);

		Map<String, Process> started = new LinkedHashMap<>();
		for (String run : expected.keySet()) {
			String module = run.equals(STRIPE_BILLING) ? "billing-service" : run;
			ProcessBuilder builder = new ProcessBuilder(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
					"-Xshare:auto", "-jar", Services.jar(config, module).toString())
				.redirectErrorStream(true)
				.redirectOutput(this.logs.resolve(run + ".log").toFile());
			Map<String, String> env = builder.environment();
			expected.values().forEach((names) -> names.forEach(env::remove));
			env.remove("BILLING_PROVIDER");
			env.put("DISTRIBU_PRODUCTION", "true");
			// Placeholders as the old manifests shipped them; the rest stays unset.
			env.put("DB_PASSWORD", "change-me");
			env.put("SUPPORT_PASSWORD", "change-me");
			env.put("SERVER_PORT", "0");
			if (run.equals(STRIPE_BILLING)) {
				env.put("BILLING_PROVIDER", "stripe");
			}
			started.put(run, builder.start());
		}

		for (Map.Entry<String, Process> service : started.entrySet()) {
			Process process = service.getValue();
			boolean exited = process.waitFor(90, TimeUnit.SECONDS);
			if (!exited) {
				process.destroyForcibly().waitFor();
			}
			String output = Files.readString(this.logs.resolve(service.getKey() + ".log"), StandardCharsets.UTF_8);
			assertThat(exited).as(service.getKey() + " stopped by itself:\n" + output).isTrue();
			assertThat(process.exitValue()).as(service.getKey()).isNotZero();
			assertThat(output).as(service.getKey())
				.contains("Refusing to start in production")
				.doesNotContain("Started ");
			Set<String> named = new TreeSet<>();
			Matcher refused = REFUSED.matcher(output.substring(output.indexOf("Refusing to start in production")));
			while (refused.find()) {
				named.add(refused.group(1));
			}
			assertThat(named).as(service.getKey() + " names what docs/security.md lists")
				.isEqualTo(expected.get(service.getKey()));
		}
	}

	/**
	 * The table under "Secrets each service reads": module → required and optional names.
	 */
	private static Map<String, Set<String>> documentedSecrets(Path repo) throws IOException {
		Map<String, Set<String>> secrets = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(repo.resolve("docs/security.md"), StandardCharsets.UTF_8);
		for (String line : lines) {
			Matcher row = TABLE_ROW.matcher(line.trim());
			if (row.matches()) {
				Set<String> names = new TreeSet<>();
				Matcher variable = VARIABLE.matcher(row.group(2) + " " + row.group(3));
				while (variable.find()) {
					names.add(variable.group(1));
				}
				secrets.put(row.group(1), names);
			}
		}
		return secrets;
	}

}
