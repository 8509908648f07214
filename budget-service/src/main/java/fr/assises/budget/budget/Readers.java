package fr.assises.budget.budget;

import fr.assises.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Who reads a budget in full (the organising committee and admins) rather than without personal detail. */
public final class Readers {

    private Readers() {
    }

    public static boolean committee(SecurityIdentity identity) {
        return identity.hasRole(Roles.ORGANISER) || identity.hasRole(Roles.ADMIN);
    }
}
