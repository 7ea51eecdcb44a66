package app.distribu.order.dashboard;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import app.distribu.platform.web.DomainProblem;

/**
 * Domain problems raised by pages (a caller that is not a team member) become an HTML
 * page with the right status instead of a 500; the shared advice only covers the JSON
 * API.
 */
@ControllerAdvice(basePackageClasses = PageProblems.class)
class PageProblems {

	@ExceptionHandler(DomainProblem.class)
	ModelAndView problem(DomainProblem problem) {
		return new ModelAndView("orders/problem",
				Map.of("status", problem.status().value(), "title", problem.title(), "detail", problem.getMessage()),
				problem.status());
	}

}
