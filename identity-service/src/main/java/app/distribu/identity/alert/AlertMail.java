package app.distribu.identity.alert;

/** What every alert mail's footer says: why it came and where to stop it. */
public final class AlertMail {

	private AlertMail() {
	}

	public static String reason(Recipient to, AlertTopic topic, String publicBaseUrl) {
		return "You get this email as a member of " + to.companyName() + " who gets \"" + topic.label()
				+ "\" alerts. Choose your alerts at " + publicBaseUrl + AlertSettingsController.PATH + ".";
	}

}
