package app.distribu.identity.web;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import app.distribu.platform.web.DomainProblem;

/** Renders domain problems of page controllers as the shared error page. */
@ControllerAdvice(assignableTypes = PageController.class)
class PageProblems {

	@ExceptionHandler(DomainProblem.class)
	ModelAndView problem(DomainProblem problem) {
		return new ModelAndView("identity/problem",
				Map.of("status", problem.status().value(), "detail", problem.getMessage()), problem.status());
	}

}
