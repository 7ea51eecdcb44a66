package app.distribu.identity.help;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HelpCenterTest {

	final HelpCenter help = new HelpCenter();

	@Test
	void theFaqFromDocsHelpIsSplitIntoSectionsAndQuestions() {
		assertThat(this.help.title()).isEqualTo("Help center");
		assertThat(this.help.sections()).extracting(HelpCenter.Section::title)
			.contains("Account & login", "Products", "Customers", "Orders", "Storefront", "API", "Webhooks", "Billing");
		assertThat(questions(this.help.sections())).contains("I forgot my password.",
				"Can I use a custom domain for my storefront?", "How do I export my orders to a spreadsheet?");
	}

	@Test
	void answersAreRenderedFromMarkdownWithHtmlEscaped() {
		HelpCenter sample = new HelpCenter("""
				# Help
				Intro.
				## Section one
				### A question? {#named}
				Some **bold** and `code` <script>alert(1)</script>
				- a list
				""");

		HelpCenter.Entry entry = sample.sections().get(0).entries().get(0);
		assertThat(entry.question()).isEqualTo("A question?");
		assertThat(entry.anchor()).isEqualTo("named");
		assertThat(entry.answerHtml()).contains("<strong>bold</strong>", "<code>code</code>", "<li>a list</li>")
			.doesNotContain("<script>");
		assertThat(sample.introduction()).isEqualTo("Intro.");
	}

	@Test
	void searchKeepsTheQuestionsThatHoldEveryWordInAnyCase() {
		assertThat(questions(this.help.search("Forgot PASSWORD hour"))).containsExactly("I forgot my password.");
		assertThat(questions(this.help.search("custom domain")))
			.contains("Can I use a custom domain for my storefront?");
		assertThat(this.help.search("no-such-word-anywhere")).isEmpty();
		assertThat(this.help.search("  ")).isEqualTo(this.help.sections());
	}

	private static List<String> questions(List<HelpCenter.Section> sections) {
		return sections.stream()
			.flatMap((section) -> section.entries().stream())
			.map(HelpCenter.Entry::question)
			.toList();
	}

}
