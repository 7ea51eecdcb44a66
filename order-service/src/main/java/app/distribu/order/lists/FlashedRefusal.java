package app.distribu.order.lists;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.Unprocessable;

/**
 * A page's change that bad input may refuse (an empty or taken name, a full list): the
 * refusal's message travels to the next page as {@code error}.
 */
final class FlashedRefusal {

	private FlashedRefusal() {
	}

	/** The result, or null with the message flashed. */
	static <T> T attempt(RedirectAttributes redirect, Supplier<T> change) {
		try {
			return change.get();
		}
		catch (Unprocessable | Conflict refused) {
			redirect.addFlashAttribute("error", refused.getMessage());
			return null;
		}
	}

}
