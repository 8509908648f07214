package fr.assises.gateway.web.organiser.certificates;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Attendance certificates for the organisers: who signs them (registration-service refuses a missing name or role,
 * shown next to the field), how many there are, when participants get theirs, and all of them as one archive.
 */
@Path("/organisation/{slug}/attestations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class CertificatePages {

    /** The signatory's fields as shown: the service's, or what was typed in a refused form. */
    public record SignatoryForm(String name, String title, String city) {

        static SignatoryForm of(CertificateClient.Summary summary) {
            CertificateClient.Signatory s = summary == null ? null : summary.signatory();
            return s == null ? new SignatoryForm("", "", "") : new SignatoryForm(s.name(), s.title(),
                    s.city() == null ? "" : s.city());
        }
    }

    @CheckedTemplate(basePath = "organiser/certificates")
    static class Templates {
        static native TemplateInstance certificates(Visitor.Page page, Dto.Congress congress,
                Panel<CertificateClient.Summary> summary, SignatoryForm form, FormErrors errors, boolean saved);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    CertificateClient certificates;

    @GET
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("ok") String ok) {
        Dto.Congress congress = congresses.bySlug(slug);
        Panel<CertificateClient.Summary> summary = summary(congress);
        return page(congress, summary, SignatoryForm.of(summary.data()), FormErrors.none(), "signatory".equals(ok));
    }

    /** The signatory sent whole; then back to the page (303), or the form again with the refusals (422). */
    @POST
    @Path("signataire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signatory(@PathParam("slug") String slug, @FormParam("name") String name,
            @FormParam("title") String title, @FormParam("city") String city) {
        Dto.Congress congress = congresses.bySlug(slug);
        SignatoryForm typed = new SignatoryForm(name == null ? "" : name, title == null ? "" : title,
                city == null ? "" : city);
        return Forms.submit("registration", () -> {
            certificates.signatory(congress.congressId(), new CertificateClient.SignatoryRequest(
                    Forms.blankToNull(name), Forms.blankToNull(title), Forms.blankToNull(city)));
            return Response.seeOther(URI.create("/organisation/" + congress.slug() + "/attestations?ok=signatory"))
                    .build();
        }, errors -> page(congress, summary(congress), typed, errors, false));
    }

    private Panel<CertificateClient.Summary> summary(Dto.Congress congress) {
        return Calls.panel("registration", () -> certificates.summary(congress.congressId()));
    }

    private TemplateInstance page(Dto.Congress congress, Panel<CertificateClient.Summary> summary, SignatoryForm form,
            FormErrors errors, boolean saved) {
        return Templates.certificates(visitor.page(visitor.t("Attestations de présence – ",
                "Attendance certificates – ") + congress.title()), congress, summary, form, errors, saved)
                .setLocale(visitor.locale());
    }
}
