package app.distribu.platform.secrets;

import java.util.List;

/** Names every secret that keeps a production service from starting; never a value. */
public class UnsafeSecrets extends IllegalStateException {

	private final List<String> problems;

	UnsafeSecrets(List<String> problems) {
		super("Refusing to start in production (DISTRIBU_PRODUCTION=true): " + String.join("; ", problems) + ".");
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
