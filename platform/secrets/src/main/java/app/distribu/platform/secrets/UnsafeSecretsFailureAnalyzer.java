package app.distribu.platform.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator which variables to set instead of printing a stack trace. */
class UnsafeSecretsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSecrets> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSecrets cause) {
		return new FailureAnalysis(cause.getMessage(), "Set each named environment variable to a generated value of at "
				+ "least " + ProductionSecrets.MIN_LENGTH
				+ " characters (for example `openssl rand -base64 32`) from a Kubernetes Secret; docs/security.md lists "
				+ "every secret of every service.", cause);
	}

}
