package app.distribu.customer.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import app.distribu.customer.Browser;
import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class CustomerCsvTest {

	@LocalServerPort
	int port;

	@Test
	void importsGoodRowsAndReportsBadOnesByLine() {
		UUID company = UUID.randomUUID();
		Browser team = team(company);
		team.get("/dashboard/customers/import");
		String csv = "\uFEFFname,email,phone,credit_limit,status\r\n" + "Alpha Co,alpha@csv.test,+1 555,5000,ACTIVE\r\n"
				+ "\"Beta, Inc.\",beta@csv.test,,,pending\r\n" + ",nameless@csv.test,,,\r\n"
				+ "Gamma,not-an-email,,-5,\r\n" + "Delta,ALPHA@csv.test,,,\r\n" + "Eps,eps@csv.test,,abc,\r\n"
				+ "Zeta,zeta@csv.test,,,GONE\r\n";

		Browser.Page uploaded = team.upload("/dashboard/customers/import", "file", "customers.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.location()).startsWith("/dashboard/customers/import/");
		Browser.Page result = team.follow(uploaded);

		assertThat(result.status()).as(result.body()).isEqualTo(200);
		assertThat(result.html().select("#added").text()).isEqualTo("2");
		assertThat(result.html().select("#rejected-count").text()).isEqualTo("5");
		List<String> rows = result.html().select("#rejected tbody tr").eachText();
		assertThat(rows.get(0)).startsWith("4").contains("Name is required.");
		assertThat(rows.get(1)).startsWith("5")
			.contains("Enter a valid email address.", "Credit limit must be 0 or more.");
		assertThat(rows.get(2)).startsWith("6").contains("A customer with email ALPHA@csv.test already exists.");
		assertThat(rows.get(3)).startsWith("7").contains("Credit limit must be a number");
		assertThat(rows.get(4)).startsWith("8").contains("Status must be PENDING, ACTIVE or BLOCKED.");
		assertThat(result.html().select("#download-report").attr("href")).startsWith("data:text/csv")
			.contains("line,name,email,reason%0D%0A4,,nameless@csv.test,Name%20is%20required.");

		Browser.Page reloaded = team.get(uploaded.location());
		assertThat(reloaded.html().select("#added").text()).as("a reload shows the report").isEqualTo("2");
		assertThat(team(UUID.randomUUID()).get(uploaded.location()).status()).as("another company's report")
			.isEqualTo(404);
		Browser.Page list = team.get("/dashboard/customers");
		assertThat(list.html().select("#customers tbody tr").eachText()).as("and imports nothing again").hasSize(2);
		assertThat(list.html().select("tr:contains(Beta, Inc.) .badge.warn").text()).isEqualTo("Pending");
		try (TopicReader events = new TopicReader("customer.events")) {
			events.awaitFirst(company, "customer.created",
					(e) -> e.path("data").path("email").asString().equals("beta@csv.test"));
			assertThat(events.events(company, "customer.created")).hasSize(2);
		}
	}

	@Test
	void anUnclosedQuoteStopsTheImportWhereItStarts() {
		Browser team = team(UUID.randomUUID());
		team.get("/dashboard/customers/import");
		Browser.Page result = team.follow(team.upload("/dashboard/customers/import", "file", "q.csv",
				"name,email\nOk,ok@quote.test\n\"Broken,broken@quote.test\nAfter,after@quote.test\n"
					.getBytes(StandardCharsets.UTF_8)));
		assertThat(result.html().select("#added").text()).isEqualTo("1");
		assertThat(result.html().select("#rejected tbody tr").eachText()).singleElement()
			.satisfies((row) -> assertThat(row).startsWith("3").contains("could not be read"));
	}

	@Test
	void anUnclosedQuoteInTheHeaderIsARefusedFileNotAnError() {
		Browser team = team(UUID.randomUUID());
		team.get("/dashboard/customers/import");
		Browser.Page result = team.upload("/dashboard/customers/import", "file", "x.csv",
				"\"name,email\nAlpha,alpha@csv.test\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.html().select("#problem").text()).contains("could not be read as CSV");
	}

	@Test
	void aFileWithoutTheHeaderIsRefusedAsAWhole() {
		Browser team = team(UUID.randomUUID());
		team.get("/dashboard/customers/import");
		Browser.Page result = team.upload("/dashboard/customers/import", "file", "x.csv",
				"Alpha Co,alpha@csv.test\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result.html().select("#problem").text()).contains("name,email,phone,credit_limit,status");
		assertThat(team.get("/dashboard/customers").html().select("#customers")).isEmpty();
	}

	@Test
	void exportsTheFilteredListAsCsv() {
		UUID company = UUID.randomUUID();
		Browser team = team(company);
		team.get("/dashboard/customers/import");
		team.upload("/dashboard/customers/import", "file", "c.csv",
				("name,email,phone,credit_limit,status\nOne,one@csv.test,,10.5,ACTIVE\n"
						+ "\"Two, Ltd\",two@csv.test,+44,,BLOCKED\nThree,three@csv.test,,,BLOCKED\n")
					.getBytes(StandardCharsets.UTF_8));
		team(UUID.randomUUID()).get("/dashboard/customers");

		Browser.Page all = team.get("/dashboard/customers/export.csv");
		assertThat(all.headers().getContentType().toString()).startsWith("text/csv");
		assertThat(all.body().split("\r\n")).containsExactly("name,email,phone,credit_limit,status",
				"One,one@csv.test,,10.50,ACTIVE", "\"Two, Ltd\",two@csv.test,'+44,,BLOCKED",
				"Three,three@csv.test,,,BLOCKED");

		Browser.Page filtered = team.get("/dashboard/customers/export.csv?status=BLOCKED&q=two");
		assertThat(filtered.body().split("\r\n")).containsExactly("name,email,phone,credit_limit,status",
				"\"Two, Ltd\",two@csv.test,'+44,,BLOCKED");
		assertThat(team(UUID.randomUUID()).get("/dashboard/customers/export.csv").body().split("\r\n"))
			.containsExactly("name,email,phone,credit_limit,status");
	}

	@Test
	void theExportNeutralisesFormulasAndImportsBackUnchanged() {
		Browser team = team(UUID.randomUUID());
		team.get("/dashboard/customers/import");
		team.upload("/dashboard/customers/import", "file", "f.csv",
				("name,email,phone,credit_limit,status\n\"=HYPERLINK(\"\"http://evil.test\"\",\"\"Click\"\")\",f1@csv.test,,,ACTIVE\n"
						+ "@SUM(A1),f2@csv.test,+49 30 1234,,ACTIVE\n-2+3,f3@csv.test,,,ACTIVE\n")
					.getBytes(StandardCharsets.UTF_8));

		String exported = team.get("/dashboard/customers/export.csv").body();
		assertThat(exported.split("\r\n")).containsExactly("name,email,phone,credit_limit,status",
				"\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Click\"\")\",f1@csv.test,,,ACTIVE",
				"'@SUM(A1),f2@csv.test,'+49 30 1234,,ACTIVE", "'-2+3,f3@csv.test,,,ACTIVE");

		Browser other = team(UUID.randomUUID());
		other.get("/dashboard/customers/import");
		other.upload("/dashboard/customers/import", "file", "again.csv", exported.getBytes(StandardCharsets.UTF_8));
		assertThat(other.get("/dashboard/customers/export.csv").body()).isEqualTo(exported);
		assertThat(other.get("/dashboard/customers?q=f2").html().select("#customers").text()).contains("@SUM(A1)")
			.doesNotContain("'@SUM");
	}

	private Browser team(UUID company) {
		return new Browser(this.port).withBearer(TestTokens.user(company, UUID.randomUUID(), Role.MEMBER));
	}

}
