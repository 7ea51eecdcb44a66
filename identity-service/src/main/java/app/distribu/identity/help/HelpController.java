package app.distribu.identity.help;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HelpController {

	private final HelpCenter help;

	HelpController(HelpCenter help) {
		this.help = help;
	}

	@GetMapping("/help")
	String help(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
		String q = query.strip();
		if (q.length() > 200) {
			q = q.substring(0, 200);
		}
		model.addAttribute("title", this.help.title());
		model.addAttribute("introduction", this.help.introduction());
		model.addAttribute("query", q);
		List<HelpCenter.Section> sections = q.isEmpty() ? this.help.sections() : this.help.search(q);
		model.addAttribute("sections", sections);
		model.addAttribute("answers", sections.stream().mapToInt((section) -> section.entries().size()).sum());
		model.addAttribute("allSections", this.help.sections());
		return "help/index";
	}

}
