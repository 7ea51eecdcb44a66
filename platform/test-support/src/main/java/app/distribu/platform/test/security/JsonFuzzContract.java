package app.distribu.platform.test.security;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes every JSON route of a {@link SecurityMatrix} that has a sample body
 * ({@link JsonFuzz}); 60 requests per run, a few seconds.
 */
public interface JsonFuzzContract {

	JsonFuzz fuzz();

	@Property(tries = 60)
	default void noJsonBodyBreaksTheServiceOrHalfWritesARefusal(@ForAll("jsonRequests") JsonFuzz.Request request) {
		fuzz().check(request);
	}

	@Provide
	default Arbitrary<JsonFuzz.Request> jsonRequests() {
		return fuzz().requests();
	}

}
