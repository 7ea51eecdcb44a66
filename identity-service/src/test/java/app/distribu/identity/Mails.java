package app.distribu.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMailUtil;

import app.distribu.platform.test.SharedMail;

import static org.awaitility.Awaitility.await;

/** Reads what identity sent from the shared GreenMail server. */
public final class Mails {

	private static final Pattern INVITE_LINK = Pattern.compile("(http\\S*/invites/([A-Za-z0-9_-]{43}))");

	private Mails() {
	}

	/** The newest mail to the address, waiting for it to arrive. */
	public static MimeMessage latestTo(String address, int alreadySeen) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> newest(address, alreadySeen), Optional::isPresent)
			.orElseThrow();
	}

	/** How many mails the address has received so far. */
	public static int countTo(String address) {
		return (int) Arrays.stream(SharedMail.received()).filter((mail) -> isTo(mail, address)).count();
	}

	public static String body(MimeMessage mail) {
		return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
	}

	/** The link in an invite mail, e.g. {@code http://localhost:8080/invites/abc...}. */
	public static String inviteLink(MimeMessage mail) {
		Matcher matcher = INVITE_LINK.matcher(body(mail));
		if (!matcher.find()) {
			throw new AssertionError("No invite link in: " + body(mail));
		}
		return matcher.group(1);
	}

	public static String invitePath(MimeMessage mail) {
		String link = inviteLink(mail);
		return link.substring(link.indexOf("/invites/"));
	}

	private static Optional<MimeMessage> newest(String address, int alreadySeen) {
		MimeMessage[] mails = Arrays.stream(SharedMail.received())
			.filter((mail) -> isTo(mail, address))
			.toArray(MimeMessage[]::new);
		return (mails.length > alreadySeen) ? Optional.of(mails[mails.length - 1]) : Optional.empty();
	}

	private static boolean isTo(MimeMessage mail, String address) {
		try {
			return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
				.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
