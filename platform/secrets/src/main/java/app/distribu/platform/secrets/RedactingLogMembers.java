package app.distribu.platform.secrets;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Every structured log line of every service (message, stack trace, any other text
 * member) passes {@link LogRedaction}, so a token in a URL cannot reach the logs whoever
 * writes the line: the framework at DEBUG, an exception message, our own code.
 */
class RedactingLogMembers implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(Members<Object> members) {
		members.applyingValueProcessor(ValueProcessor.of(String.class, LogRedaction::redact));
	}

}
