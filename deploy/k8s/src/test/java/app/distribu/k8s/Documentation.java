package app.distribu.k8s;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator documentation the checks hold the manifests to: the configuration
 * reference lists every variable, the install guide every Secret to create.
 */
final class Documentation {

	static final Path CONFIGURATION = Repository.ROOT.resolve("docs/operations/configuration.md");

	static final Path INSTALL = Repository.ROOT.resolve("docs/operations/install.md");

	/** A table row whose first cell is a code span: {@code | `NAME` | ... |}. */
	private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|", Pattern.MULTILINE);

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private Documentation() {
	}

	/** Variables in the configuration reference's tables. */
	static Set<String> variables() {
		Set<String> variables = new TreeSet<>();
		Matcher rows = ROW.matcher(Kustomize.read(CONFIGURATION));
		while (rows.find()) {
			if (rows.group(1).matches("[A-Z][A-Z0-9_]*")) {
				variables.add(rows.group(1));
			}
		}
		return variables;
	}

	/** Secret name → its keys, from the install guide's "Secrets" table. */
	static Map<String, Set<String>> secrets() {
		Map<String, Set<String>> secrets = new TreeMap<>();
		Matcher rows = ROW.matcher(Kustomize.read(INSTALL));
		while (rows.find()) {
			if (rows.group(1).matches("[a-z0-9-]+")) {
				Set<String> keys = new TreeSet<>();
				Matcher code = CODE.matcher(rows.group(2));
				while (code.find()) {
					keys.add(code.group(1));
				}
				secrets.put(rows.group(1), keys);
			}
		}
		return secrets;
	}

}
