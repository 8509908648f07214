package fr.assises.registration.certificates;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;

/**
 * Whether my certificate can be downloaded now, and why not in words. A class of its own, on its whole path: under
 * {@code /api/registration} its method would never be reached, as the more specific class path of
 * MyRegistrationsResource is matched first.
 */
@Path("/api/registration/me/registrations/{id}/certificate")
@RolesAllowed(Roles.PARTICIPANT)
public class MyCertificateResource {

    @Inject
    Certificates certificates;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CertificateStatus status(@PathParam("id") UUID id) {
        return certificates.status(jwt.getSubject(), id);
    }
}
