package app.distribu.customer.customer;

import java.util.UUID;

/** An invite just mailed; the page shows the URL once to copy and send out of band. */
record SentInvite(UUID contactId, String email, String url) {

}
