package app.distribu.customer.dashboard;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import app.distribu.customer.accounts.DuplicateEmail;
import app.distribu.customer.accounts.StatusConflict;
import app.distribu.customer.invite.LinkUnavailable;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.DomainProblem;
import app.distribu.platform.web.Unprocessable;

/**
 * Refusals on the detail page (a stale status, a taken email, identity down) are shown on
 * the page with their status, not as an error page.
 */
@ControllerAdvice(assignableTypes = { CustomerDetailPages.class, CustomerContactPages.class, CustomerAddressPages.class,
		CustomerBuyerRolePages.class })
class CustomerDetailRefusals {

	private final CustomerDetailView view;

	CustomerDetailRefusals(CustomerDetailView view) {
		this.view = view;
	}

	@ExceptionHandler({ StatusConflict.class, DuplicateEmail.class, LinkUnavailable.class, Unprocessable.class })
	String refused(DomainProblem problem, Model model, HttpServletRequest request, HttpServletResponse response) {
		DistribuPrincipal me = (DistribuPrincipal) SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal();
		// The path is /dashboard/customers/{id}/...
		UUID id = UUID.fromString(request.getRequestURI().split("/")[3]);
		response.setStatus(problem.status().value());
		model.addAttribute("problem", problem.getMessage());
		return this.view.show(me, id, List.of(), model);
	}

}
