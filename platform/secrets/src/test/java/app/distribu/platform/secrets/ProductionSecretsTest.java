package app.distribu.platform.secrets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ProductionSecretsTest {

	private static final String STRONG = "q3Vx9m2LrT8pZ4wKc7Hs1NfB6yDe0Ja5";

	@Test
	void productionRefusesMissingAndPlaceholderSecretsNamingEachButNoValue() {
		MockEnvironment environment = production()
			.withProperty("distribu.secrets.required", "DB_PASSWORD, CONTACT_LINKS_SECRET, ENCRYPTION_KEYS, API_TOKEN")
			.withProperty("DB_PASSWORD", "change-me")
			.withProperty("ENCRYPTION_KEYS", EncryptionKeys.DEVELOPMENT)
			.withProperty("API_TOKEN", "short");

		assertThatExceptionOfType(UnsafeSecrets.class)
			.isThrownBy(() -> new ProductionSecrets().postProcessEnvironment(environment, new SpringApplication()))
			.satisfies((refused) -> assertThat(refused.problems()).containsExactly(
					"DB_PASSWORD is still a placeholder or development value", "CONTACT_LINKS_SECRET is not set",
					"ENCRYPTION_KEYS is still a placeholder or development value",
					"API_TOKEN is shorter than 16 characters"))
			.withMessageNotContaining("change-me");
	}

	@Test
	void optionalSecretsAreCheckedOnlyWhenSet() {
		MockEnvironment unset = production().withProperty("distribu.secrets.optional", "SUPPORT_PASSWORD");
		assertThatNoException().isThrownBy(() -> new ProductionSecrets().postProcessEnvironment(unset, null));

		MockEnvironment placeholder = production().withProperty("distribu.secrets.optional", "SUPPORT_PASSWORD")
			.withProperty("SUPPORT_PASSWORD", "change-me");
		assertThatExceptionOfType(UnsafeSecrets.class)
			.isThrownBy(() -> new ProductionSecrets().postProcessEnvironment(placeholder, null));
	}

	@Test
	void aSecretRequiredUnderASettingIsCheckedOnlyUnderIt() {
		String required = "DB_PASSWORD, STRIPE_API_KEY when distribu.billing.provider=stripe";
		MockEnvironment manual = production().withProperty("distribu.secrets.required", required)
			.withProperty("distribu.billing.provider", "manual")
			.withProperty("DB_PASSWORD", STRONG);
		assertThatNoException().isThrownBy(() -> new ProductionSecrets().postProcessEnvironment(manual, null));

		MockEnvironment stripe = production().withProperty("distribu.secrets.required", required)
			.withProperty("distribu.billing.provider", "Stripe")
			.withProperty("DB_PASSWORD", STRONG);
		assertThatExceptionOfType(UnsafeSecrets.class)
			.isThrownBy(() -> new ProductionSecrets().postProcessEnvironment(stripe, null))
			.satisfies((refused) -> assertThat(refused.problems()).containsExactly("STRIPE_API_KEY is not set"));

		MockEnvironment stripeWithKey = production().withProperty("distribu.secrets.required", required)
			.withProperty("distribu.billing.provider", "stripe")
			.withProperty("DB_PASSWORD", STRONG)
			.withProperty("STRIPE_API_KEY", STRONG);
		assertThatNoException().isThrownBy(() -> new ProductionSecrets().postProcessEnvironment(stripeWithKey, null));
	}

	@Test
	void realSecretsPassAndOutsideProductionNothingIsChecked() {
		MockEnvironment good = production().withProperty("distribu.secrets.required", "DB_PASSWORD")
			.withProperty("DB_PASSWORD", STRONG);
		assertThatNoException().isThrownBy(() -> new ProductionSecrets().postProcessEnvironment(good, null));

		MockEnvironment local = new MockEnvironment().withProperty("distribu.secrets.required", "DB_PASSWORD");
		assertThatNoException().isThrownBy(() -> new ProductionSecrets().postProcessEnvironment(local, null));
	}

	/** Registered for every application that has platform-secrets, and explained. */
	@Test
	void anApplicationRefusesToStartAndSaysWhatToSet() {
		assertThatExceptionOfType(UnsafeSecrets.class)
			.isThrownBy(() -> new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
				.properties("DISTRIBU_PRODUCTION=true", "distribu.secrets.required=DB_PASSWORD")
				.run())
			.withMessage("Refusing to start in production (DISTRIBU_PRODUCTION=true): DB_PASSWORD is not set.");
		assertThat(new UnsafeSecretsFailureAnalyzer().analyze(new UnsafeSecrets(java.util.List.of("X is not set")))
			.getAction()).contains("openssl rand -base64 32");
	}

	private static MockEnvironment production() {
		return new MockEnvironment().withProperty("DISTRIBU_PRODUCTION", "true");
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
