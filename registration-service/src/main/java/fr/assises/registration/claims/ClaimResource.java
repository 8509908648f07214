package fr.assises.registration.claims;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.problem.ProblemException;
import fr.assises.common.security.Roles;

/** Claiming, from the signed-in person's token: their verified e-mail, never an address sent in the request. */
@Path("/api/registration/me/claims")
@RolesAllowed(Roles.PARTICIPANT)
public class ClaimResource {

    /** The registrations now the caller's. */
    public record Claimed(List<UUID> registrationIds) {
    }

    @Inject
    Claims claims;

    @Inject
    JsonWebToken jwt;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Claimed claim() {
        String email = jwt.getClaim("email");
        Object verified = jwt.getClaim("email_verified");
        if (email == null || email.isBlank()) {
            throw ProblemException.businessRule("Votre compte n’a pas d’adresse e-mail.");
        }
        if (!(Boolean.TRUE.equals(verified) || "true".equals(String.valueOf(verified)))) {
            // the local realm does not verify addresses by mail (verifyEmail is off): say what does work
            throw ProblemException.businessRule("Votre adresse e-mail n’est pas vérifiée : seule une adresse vérifiée "
                    + "permet de rattacher une inscription, pour que personne ne prenne celle d’un autre. Demandez au "
                    + "comité d’organisation de faire vérifier l’adresse de votre compte par la personne qui gère les "
                    + "comptes, puis déconnectez-vous et reconnectez-vous avant de réessayer.");
        }
        return new Claimed(claims.claim(jwt.getSubject(), email));
    }
}
