package app.distribu.catalog.pricelist;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A list's CSV as a download named after the list, written as it is read. */
final class PriceListDownloads {

	private PriceListDownloads() {
	}

	static ResponseEntity<StreamingResponseBody> csv(PriceList list, CsvBody body) {
		String file = list.name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".csv";
		StreamingResponseBody stream = (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			body.write(writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(stream);
	}

	interface CsvBody {

		void write(Writer out) throws IOException;

	}

}
