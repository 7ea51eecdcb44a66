package app.distribu.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test method the run's {@link SharedStack} as a {@link LocalStack} parameter
 * ({@code @ExtendWith(OnSharedStack.class)}), for system tests without a browser.
 */
final class OnSharedStack implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LocalStack.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return SharedStack.in(context);
	}

}
