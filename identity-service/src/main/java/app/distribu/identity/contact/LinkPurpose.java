package app.distribu.identity.contact;

import java.time.Duration;

/** Why a link was sent; an invite lasts a week, a requested sign-in link minutes. */
enum LinkPurpose {

	INVITE, SIGN_IN;

	Duration lifetime(ContactLinkProperties properties) {
		return (this == INVITE) ? properties.inviteLifetime() : properties.signInLifetime();
	}

}
