package app.distribu.identity.alert;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;

/**
 * Settings → Email notifications: each team member chooses, per company, which alerts
 * they get.
 */
@Controller
class AlertSettingsController {

	static final String PATH = "/dashboard/settings/notifications";

	private final AlertPreferences preferences;

	AlertSettingsController(AlertPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping(PATH)
	String settings(@AuthenticationPrincipal DistribuPrincipal me, @RequestParam(required = false) String saved,
			Model model) {
		requireUser(me);
		model.addAttribute("choices", this.preferences.of(me.subjectId(), me.companyId(), me.roles()));
		model.addAttribute("saved", saved != null);
		return "alert/notifications";
	}

	@PostMapping(PATH)
	String save(@AuthenticationPrincipal DistribuPrincipal me,
			@RequestParam(name = "topics", required = false) List<AlertTopic> topics) {
		requireUser(me);
		Set<AlertTopic> wanted = (topics == null || topics.isEmpty()) ? EnumSet.noneOf(AlertTopic.class)
				: EnumSet.copyOf(topics);
		if (!this.preferences.save(me.subjectId(), me.companyId(), wanted)) {
			throw new NotPermitted();
		}
		return "redirect:" + PATH + "?saved";
	}

	private static void requireUser(DistribuPrincipal me) {
		if (!me.isUser()) {
			throw new NotPermitted();
		}
	}

}
