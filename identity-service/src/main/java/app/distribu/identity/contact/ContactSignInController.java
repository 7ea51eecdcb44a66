package app.distribu.identity.contact;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import app.distribu.identity.token.IssuedToken;

/**
 * Opening a link shows a button; pressing it (a POST) signs in. Mail scanners that fetch
 * links therefore cannot use up a single-use link before the contact clicks it.
 */
@Controller
class ContactSignInController {

	private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9-]{1,63}");

	private final ContactLinks links;

	private final StoreSessionCookie cookie;

	ContactSignInController(ContactLinks links, StoreSessionCookie cookie) {
		this.links = links;
		this.cookie = cookie;
	}

	@GetMapping("/store/{slug}/signin/{token}")
	String open(@PathVariable String slug, @PathVariable String token, Model model) {
		StoredLink link = this.links.open(slug, token);
		model.addAttribute("link", link);
		model.addAttribute("invite", link.purpose() == LinkPurpose.INVITE);
		model.addAttribute("token", token);
		return "contact/sign-in";
	}

	@PostMapping("/store/{slug}/signin/{token}")
	String signIn(@PathVariable String slug, @PathVariable String token, HttpServletResponse response) {
		IssuedToken session = this.links.signIn(slug, token);
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.issue(slug, session));
		return "redirect:/store/" + slug;
	}

	@PostMapping("/store/{slug}/logout")
	String signOut(@PathVariable String slug, HttpServletResponse response) {
		if (!SLUG.matcher(slug).matches()) {
			throw new LinkUnusable(slug, LinkCheck.UNKNOWN);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, this.cookie.clear(slug));
		return "redirect:/store/" + slug + "/login?signedOut";
	}

	@ExceptionHandler(LinkUnusable.class)
	ModelAndView unusable(LinkUnusable unusable) {
		LinkCheck check = unusable.check();
		// Only a well-formed slug goes into the page's "ask for a new link" address.
		String slug = SLUG.matcher(unusable.slug()).matches() ? unusable.slug() : null;
		return new ModelAndView("contact/link-unusable",
				Map.of("problemTitle", check.title(), "detail", check.detail(), "slug", (slug != null) ? slug : ""),
				check.status());
	}

}
