package app.distribu.identity.apikey;

import java.util.List;
import java.util.UUID;

record ActiveKey(UUID id, UUID companyId, List<String> scopes) {

}
