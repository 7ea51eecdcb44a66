package app.distribu.platform.web.apidocs;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Operation ids that are unique across the merged document and stable across builds: the
 * controller's name without its {@code Api}/{@code Controller} suffix, then the method's
 * ({@code ProductApi.list} → {@code productList}). springdoc's own ids are the bare
 * method names, numbered on clashes ({@code list_1}), so they collide between services
 * and move when a method is added. An explicit {@code @Operation(operationId = ...)}
 * wins.
 */
public class OperationNames implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		io.swagger.v3.oas.annotations.Operation declared = handler
			.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
		if (declared != null && !declared.operationId().isEmpty()) {
			return operation;
		}
		String controller = handler.getBeanType().getSimpleName().replaceAll("(Api|Controller)$", "");
		return operation
			.operationId(StringUtils.uncapitalize(controller) + StringUtils.capitalize(handler.getMethod().getName()));
	}

}
