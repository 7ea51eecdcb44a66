package app.distribu.identity.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The FAQ, read once at start from {@code help/faq.md} on the classpath (copied there
 * from docs/help by the build). {@code ## } starts a section, {@code ### } a question;
 * the Markdown below a question is its answer.
 */
@Component
class HelpCenter {

	private static final Pattern NAMED_ANCHOR = Pattern.compile("(.*)\\{#([a-z0-9-]+)}\\s*");

	private final String title;

	private final String introduction;

	private final List<Section> sections;

	HelpCenter() {
		this(read("help/faq.md"));
	}

	HelpCenter(String markdown) {
		Parser parser = Parser.builder().build();
		HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
		String pageTitle = "Help center";
		StringBuilder intro = new StringBuilder();
		List<Section> parsed = new ArrayList<>();
		String sectionTitle = null;
		List<Entry> entries = new ArrayList<>();
		String question = null;
		StringBuilder answer = new StringBuilder();
		for (String line : markdown.split("\n", -1)) {
			if (line.startsWith("# ")) {
				pageTitle = line.substring(2).trim();
			}
			else if (line.startsWith("## ") || line.startsWith("### ")) {
				if (question != null) {
					entries.add(entry(question, answer.toString(), parser, renderer));
				}
				question = null;
				answer.setLength(0);
				if (line.startsWith("## ")) {
					if (sectionTitle != null) {
						parsed.add(new Section(sectionTitle, anchor(sectionTitle), List.copyOf(entries)));
					}
					sectionTitle = line.substring(3).trim();
					entries.clear();
				}
				else {
					question = line.substring(4).trim();
				}
			}
			else if (question != null) {
				answer.append(line).append('\n');
			}
			else if (sectionTitle == null) {
				intro.append(line).append('\n');
			}
		}
		if (question != null) {
			entries.add(entry(question, answer.toString(), parser, renderer));
		}
		if (sectionTitle != null) {
			parsed.add(new Section(sectionTitle, anchor(sectionTitle), List.copyOf(entries)));
		}
		this.title = pageTitle;
		this.introduction = intro.toString().trim();
		this.sections = List.copyOf(parsed);
	}

	String title() {
		return this.title;
	}

	String introduction() {
		return this.introduction;
	}

	List<Section> sections() {
		return this.sections;
	}

	/**
	 * The sections with only the questions whose question or answer holds every word of
	 * the query (any case, accents ignored); empty sections are left out.
	 */
	List<Section> search(String query) {
		String[] words = Arrays.stream(fold(query).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> word.length() > 1)
			.toArray(String[]::new);
		if (words.length == 0) {
			return this.sections;
		}
		List<Section> found = new ArrayList<>();
		for (Section section : this.sections) {
			List<Entry> hits = section.entries()
				.stream()
				.filter((entry) -> Arrays.stream(words).allMatch(entry.searchable()::contains))
				.toList();
			if (!hits.isEmpty()) {
				found.add(new Section(section.title(), section.anchor(), hits));
			}
		}
		return found;
	}

	/**
	 * A question may name its own anchor, for links from the product: {@code ### Can I
	 * use a custom domain? {#custom-domains}}.
	 */
	private static Entry entry(String heading, String answer, Parser parser, HtmlRenderer renderer) {
		Matcher named = NAMED_ANCHOR.matcher(heading);
		String question = named.matches() ? named.group(1).trim() : heading;
		String anchor = named.matches() ? named.group(2) : anchor(heading);
		String html = renderer.render(parser.parse(answer));
		return new Entry(question, anchor, html, fold(question + " " + answer));
	}

	/** {@code "I forgot my password."} → {@code i-forgot-my-password}. */
	static String anchor(String text) {
		return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The help center's source " + path + " is missing from the build", ex);
		}
	}

	/** A group of questions. */
	record Section(String title, String anchor, List<Entry> entries) {
	}

	/**
	 * One question with its answer as HTML (rendered from Markdown, HTML in it escaped).
	 */
	record Entry(String question, String anchor, String answerHtml, String searchable) {
	}

}
