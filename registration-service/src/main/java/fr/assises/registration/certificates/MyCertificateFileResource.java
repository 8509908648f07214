package fr.assises.registration.certificates;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;

/** My certificate as a PDF once the congress is over (its own class path, as {@link MyCertificateResource}). */
@Path("/api/registration/me/registrations/{id}/certificate.pdf")
@RolesAllowed(Roles.PARTICIPANT)
public class MyCertificateFileResource {

    @Inject
    Certificates certificates;

    @Inject
    CertificatePdf pdf;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces({ CertificateResource.PDF, MediaType.APPLICATION_JSON })
    public Response download(@PathParam("id") UUID id) {
        return CertificateResource.file(pdf, certificates.own(jwt.getSubject(), id));
    }
}
