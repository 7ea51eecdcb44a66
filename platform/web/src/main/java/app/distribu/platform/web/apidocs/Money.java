package app.distribu.platform.web.apidocs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money in an API answer: a decimal string with two decimals, like
 * {@code "12.50"}, so no client parses it into a binary floating-point number. The API
 * description says so with {@code format: decimal} and a pattern.
 */
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Money {

}
