package app.distribu.customer.approval;

import java.util.UUID;

/** An invite just mailed; the page shows the URL once to copy and send out of band. */
public record SentInvite(UUID contactId, String email, String url) {

}
