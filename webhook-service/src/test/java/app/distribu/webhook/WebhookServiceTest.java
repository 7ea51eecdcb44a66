package app.distribu.webhook;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import app.distribu.platform.test.ServiceTest;

/**
 * The webhook service against real infrastructure, with receivers on loopback allowed
 * (the local stack's setting) and host names answered by {@link TestDns}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceTest
@Import(TestDns.class)
@TestPropertySource(properties = "distribu.outbound.allow-loopback=true")
public @interface WebhookServiceTest {

}
