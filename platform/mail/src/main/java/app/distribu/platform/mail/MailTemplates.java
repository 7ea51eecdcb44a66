package app.distribu.platform.mail;

import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code classpath:mail/<name>.html} (inside the shared
 * {@code mail/layout.html}) and {@code classpath:mail/<name>.txt} (followed by the shared
 * {@code mail/footer.txt}). Separate from the page engine, so mail templates never meet
 * page templates or their model.
 */
public class MailTemplates {

	private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

	private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

	public RenderedMail render(Mail mail) {
		Context context = new Context();
		context.setVariables(mail.variables());
		String text = this.text.process(mail.template(), context) + "\n\n" + this.text.process("footer", context);
		return new RenderedMail(mail.subject(), this.html.process(mail.template(), context), tidy(text));
	}

	/** Renders a template pair with the given model, for previews. */
	public RenderedMail render(String template, String subject, Brand brand, Map<String, Object> model) {
		return render(new Mail("preview@example.com", subject, template, brand, model, null));
	}

	/** Template lines that print nothing leave no run of blank lines behind. */
	private static String tidy(String text) {
		return text.replaceAll("(?m)[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
	}

	private static TemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix("mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
