package fr.assises.registration.certificates;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;

/** Attendance certificates for the organisers: the signatory, the counts, one person's file, the archive. */
@Path("/api/registration")
public class CertificateResource {

    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";

    @Inject
    Certificates certificates;

    @Inject
    CertificatePdf pdf;

    @Inject
    CertificateFiles files;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("congresses/{congressId}/manage/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public CertificateSummary summary(@PathParam("congressId") UUID congressId) {
        return certificates.summary(congressId);
    }

    @GET
    @Path("congresses/{congressId}/manage/certificates/signatory")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public SignatoryView signatory(@PathParam("congressId") UUID congressId) {
        return certificates.signatory(congressId);
    }

    @PUT
    @Path("congresses/{congressId}/manage/certificates/signatory")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public SignatoryView setSignatory(@PathParam("congressId") UUID congressId,
            @NotNull @Valid SignatoryRequest request) {
        return certificates.setSignatory(congressId, request, jwt.getSubject());
    }

    /** Every certificate of the congress, one PDF per person, written while the archive streams out. */
    @GET
    @Path("congresses/{congressId}/manage/certificates.zip")
    @Produces({ ZIP, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response archive(@PathParam("congressId") UUID congressId) {
        Certificates.Bundle bundle = certificates.congress(congressId);
        StreamingOutput body = out -> files.zip(bundle, out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"attestations-de-presence.zip\"").build();
    }

    @GET
    @Path("manage/registrations/{id}/certificate.pdf")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    public Response anyCertificate(@PathParam("id") UUID id) {
        return file(pdf, certificates.any(id));
    }

    static Response file(CertificatePdf pdf, Certificates.Bundle bundle) {
        return Response.ok(pdf.render(bundle), PDF).header("Content-Disposition", "attachment; filename=\""
                + CertificateFiles.fileName(bundle.certificates().get(0), false) + "\"").build();
    }
}
