package app.distribu.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders a template pair to {@code
 *
<dir>
 * /<name>.html} and {@code <name>.txt}, so people can open every mail a service sends in
 * a browser (each service's preview test writes them to {@code target/mail-previews}).
 */
public final class MailPreviews {

	private final MailTemplates templates = new MailTemplates();

	private final Path dir;

	public MailPreviews(Path dir) {
		this.dir = dir;
	}

	public RenderedMail write(String name, String template, String subject, Brand brand, Map<String, Object> model) {
		RenderedMail mail = this.templates.render(template, subject, brand, model);
		try {
			Files.createDirectories(this.dir);
			Files.writeString(this.dir.resolve(name + ".html"), mail.html(), StandardCharsets.UTF_8);
			Files.writeString(this.dir.resolve(name + ".txt"), "Subject: " + subject + "\n\n" + mail.text(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return mail;
	}

}
