package fr.assises.registration.registering;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.problem.ProblemException;
import fr.assises.common.security.Roles;

/**
 * A participant registers themself; the token's subject is the participant id. The body is validated by the
 * service with the rules of the congress, so that every refused field comes back in one answer.
 */
@Path("/api/registration/congresses/{congressId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService service;

    @Inject
    JsonWebToken jwt;

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    public Response register(@PathParam("congressId") UUID congressId,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull RegistrationRequest request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalidField("Idempotency-Key", "entre 1 et 200 caractères");
        }
        RegistrationService.Outcome outcome = service.register(congressId, jwt.getSubject(), jwt.getSubject(), request,
                idempotencyKey, RegistrationService.SOURCE_SELF);
        URI location = URI.create("/api/registration/me/registrations/" + outcome.registration().id());
        return (outcome.created() ? Response.created(location) : Response.ok().location(location))
                .entity(outcome.registration()).build();
    }
}
