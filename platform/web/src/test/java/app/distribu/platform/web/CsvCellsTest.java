package app.distribu.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	@Test
	void textStartingLikeAFormulaGetsAnApostrophe() {
		assertThat(CsvCells.neutralised("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(CsvCells.neutralised("+49 30 1234")).isEqualTo("'+49 30 1234");
		assertThat(CsvCells.neutralised("-2+3+cmd|' /C calc'!A0")).startsWith("'-");
		assertThat(CsvCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.neutralised("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCells.neutralised("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void ordinaryTextStaysAsItIs() {
		assertThat(CsvCells.neutralised("Acme Wholesale")).isEqualTo("Acme Wholesale");
		assertThat(CsvCells.neutralised("a=b")).isEqualTo("a=b");
		assertThat(CsvCells.neutralised("")).isEmpty();
		assertThat(CsvCells.neutralised(null)).isNull();
	}

	@Test
	void anImporterGetsBackWhatWasNeutralised() {
		for (String value : new String[] { "=1+2", "+49 30 1234", "-5", "@x", "plain", "'quoted", "'", "", null }) {
			assertThat(CsvCells.restored(CsvCells.neutralised(value))).isEqualTo(value);
		}
		assertThat(CsvCells.restored("'plain")).isEqualTo("'plain");
	}

}
