package fr.assises.common.security;

/** Keycloak realm roles of the {@code assises} realm. */
public final class Roles {

    public static final String PARTICIPANT = "participant";
    public static final String ORGANISER = "organiser";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
