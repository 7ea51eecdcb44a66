package app.distribu.identity.account;

record LoginForm(String email, String password, String next) {

	static LoginForm empty(String next) {
		return new LoginForm("", "", next);
	}

	LoginForm withoutPassword() {
		return new LoginForm(this.email, "", this.next);
	}

	/** Only a path on this site, so sign-in cannot be used to send people elsewhere. */
	String safeNext() {
		if (this.next == null || !this.next.startsWith("/") || this.next.startsWith("//") || this.next.contains("\\")
				|| this.next.startsWith("/login") || this.next.startsWith("/logout")) {
			return "/dashboard";
		}
		return this.next;
	}

}
