package app.distribu.platform.test.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Mistakes in Thymeleaf templates that render without an error and silently show nothing.
 * Thymeleaf runs {@code th:if}, {@code th:unless}, {@code th:switch} and {@code th:case}
 * before {@code th:with} on the same element, so a condition on a variable that element
 * defines sees null (the checkout's credit warning never showed because of it).
 */
public final class TemplateRules {

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z](?:[^<>\"]|\"[^\"]*\")*>");

	private static final Pattern WITH = Pattern.compile("th:with=\"([^\"]*)\"");

	private static final Pattern CONDITION = Pattern.compile("th:(?:if|unless|switch|case)=\"([^\"]*)\"");

	private static final Pattern DEFINED = Pattern.compile("(?:^|,)\\s*([A-Za-z_]\\w*)\\s*=(?!=)");

	private TemplateRules() {
	}

	/**
	 * Each element under {@code root} whose condition reads a variable it defines itself.
	 */
	public static List<String> conditionsOnTheirOwnVariables(Path root) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter((file) -> file.toString().endsWith(".html")).sorted().forEach((file) -> check(file, found));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	private static void check(Path file, List<String> found) {
		String html;
		try {
			html = Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			Matcher with = WITH.matcher(tag.group());
			Matcher condition = CONDITION.matcher(tag.group());
			if (!with.find() || !condition.find()) {
				continue;
			}
			Matcher defined = DEFINED.matcher(with.group(1));
			while (defined.find()) {
				if (Pattern.compile("\\b" + defined.group(1) + "\\b").matcher(condition.group(1)).find()) {
					long line = html.substring(0, tag.start()).chars().filter((c) -> c == '\n').count() + 1;
					found.add(file + ":" + line + " tests '" + defined.group(1)
							+ "' before its own th:with defines it; put th:with on an enclosing th:block");
				}
			}
		}
	}

}
