package app.distribu.platform.test;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server per test JVM whose received messages tests can read. */
public final class SharedMail {

	private static GreenMail server;

	private SharedMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static int smtpPort() {
		return server().getSmtp().getPort();
	}

	public static MimeMessage[] received() {
		return server().getReceivedMessages();
	}

}
