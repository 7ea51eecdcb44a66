package app.distribu.identity.support;

import java.util.UUID;

record UserHit(UUID id, String email, String name, boolean support) {

}
