package app.distribu.platform.mail;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

import app.distribu.platform.secrets.SecretBox;

/**
 * Mail for every service that sends any: templates, the outbox table
 * ({@code db/platform/V27_1}) and its relay.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
		"app.distribu.platform.secrets.SecretsAutoConfiguration" })
@EnableConfigurationProperties(MailSettings.class)
@EnableScheduling
public class MailPlatformAutoConfiguration {

	@Bean
	MailTemplates mailTemplates() {
		return new MailTemplates();
	}

	@Bean
	MailOutbox mailOutbox(JdbcClient jdbc, MailTemplates templates, SecretBox secrets) {
		return new MailOutbox(jdbc, templates, secrets);
	}

	@Bean
	MailRelay mailRelay(JdbcClient jdbc, JavaMailSender sender, SecretBox secrets, MailSettings properties,
			MeterRegistry meters) {
		return new MailRelay(jdbc, sender, secrets, properties, meters);
	}

}
