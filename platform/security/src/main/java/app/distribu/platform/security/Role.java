package app.distribu.platform.security;

/** A team member's role in the company the session is for. */
public enum Role {

	OWNER, ADMIN, MEMBER

}
