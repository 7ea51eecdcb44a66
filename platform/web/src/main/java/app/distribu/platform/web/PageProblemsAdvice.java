package app.distribu.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A domain problem raised by a page controller shows the shared error page with its
 * status and message. API controllers are answered first by {@link ProblemDetailsAdvice}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageProblemsAdvice {

	@ExceptionHandler(DomainProblem.class)
	ModelAndView problem(DomainProblem problem, HttpServletRequest request) {
		return new ModelAndView("error", Map.of("status", problem.status().value(), "error", problem.title(), "detail",
				problem.getMessage(), "path", request.getRequestURI()), problem.status());
	}

}
