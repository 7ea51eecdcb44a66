package app.distribu.platform.security;

import java.util.UUID;

/** A company the signed-in user belongs to, as listed in the company switcher. */
public record CompanyRef(UUID id, String name) {

}
