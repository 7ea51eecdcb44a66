package app.distribu.platform.notices;

/**
 * A banner for every dashboard page of a company, as its owning service published it.
 *
 * @param level {@code info}, {@code warn} or {@code bad}
 */
public record CompanyNotice(String level, String message, String linkHref, String linkText) {

	/** The shared stylesheet's alert classes. */
	public String cssClass() {
		return switch (this.level) {
			case "bad" -> "alert error";
			case "info" -> "alert success";
			default -> "alert";
		};
	}

}
