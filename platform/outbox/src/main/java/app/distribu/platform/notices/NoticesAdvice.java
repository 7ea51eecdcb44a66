package app.distribu.platform.notices;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Hands the notices to every page as {@code companyNotices}, for the shared layout. */
@ControllerAdvice
class NoticesAdvice {

	private final CompanyNotices notices;

	NoticesAdvice(CompanyNotices notices) {
		this.notices = notices;
	}

	@ModelAttribute("companyNotices")
	CompanyNotices companyNotices() {
		return this.notices;
	}

}
