package app.distribu.platform.test.structure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRulesTest {

	@Test
	void aConditionOnAVariableItsOwnElementDefinesIsReportedWithItsLine() {
		assertThat(TemplateRules.conditionsOnTheirOwnVariables(Path.of("src/test/resources/template-fixture")))
			.singleElement()
			.asString()
			.endsWith("broken.html:2 tests 'warning' before its own th:with defines it; "
					+ "put th:with on an enclosing th:block");
	}

	@Test
	void aModuleWithoutTemplatesHasNothingToReport() {
		assertThat(TemplateRules.conditionsOnTheirOwnVariables(Path.of("src/main/resources/no-such-folder"))).isEmpty();
	}

}
