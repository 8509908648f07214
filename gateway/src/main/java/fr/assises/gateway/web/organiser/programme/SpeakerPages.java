package fr.assises.gateway.web.organiser.programme;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The congress's speakers for organisers: list with their contact details (never shown publicly), added, edited,
 * deleted; whether they consented to appear on the public programme.
 */
@Path("/organisation/{slug}/intervenants")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class SpeakerPages {

    @CheckedTemplate(basePath = "organiser/programme")
    static class Templates {
        static native TemplateInstance speakers(Visitor.Page page, Dto.Congress congress,
                Panel<List<Authoring.Speaker>> speakers, Kept kept, FormErrors errors, String done);

        static native TemplateInstance speaker(Visitor.Page page, Dto.Congress congress, Authoring.Speaker speaker,
                Kept kept, FormErrors errors);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    AuthoringClient authoring;

    @GET
    public TemplateInstance list(@PathParam("slug") String slug, @QueryParam("ok") String done) {
        return listPage(congresses.bySlug(slug), Kept.none(), FormErrors.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Kept kept = new Kept("speaker", fields);
        return Refusals.run(() -> {
            authoring.createSpeaker(congress.congressId(), request(fields, false));
            return back(slug, "speaker-created");
        }, errors -> Forms.html(422, listPage(congress, kept, errors, null)));
    }

    @GET
    @Path("{speakerId}")
    public TemplateInstance edit(@PathParam("slug") String slug, @PathParam("speakerId") String speakerId) {
        Dto.Congress congress = congresses.bySlug(slug);
        return editPage(congress, speaker(congress, speakerId), Kept.none(), FormErrors.none());
    }

    @POST
    @Path("{speakerId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, @PathParam("speakerId") String speakerId,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Authoring.Speaker speaker = speaker(congress, speakerId);
        Kept kept = new Kept("speaker", fields);
        return Refusals.run(() -> {
            authoring.updateSpeaker(congress.congressId(), speakerId, request(fields, true));
            return back(slug, "speaker-saved");
        }, errors -> Forms.html(422, editPage(congress, speaker, kept, errors)));
    }

    @POST
    @Path("{speakerId}/suppression")
    public Response delete(@PathParam("slug") String slug, @PathParam("speakerId") String speakerId) {
        Dto.Congress congress = congresses.bySlug(slug);
        Authoring.Speaker speaker = speaker(congress, speakerId);
        return Refusals.run(() -> {
            authoring.deleteSpeaker(congress.congressId(), speakerId);
            return back(slug, "speaker-deleted");
        }, errors -> Forms.html(409, editPage(congress, speaker, Kept.none(),
                new FormErrors(Map.of(), errors.inOneLine()))));
    }

    private static Authoring.SpeakerRequest request(MultivaluedMap<String, String> fields, boolean withVersion) {
        Long version = null;
        if (withVersion) {
            try {
                version = Long.valueOf(fields.getFirst("version"));
            } catch (NumberFormatException e) {
                version = null;
            }
        }
        return new Authoring.SpeakerRequest(trimmed(fields.getFirst("name")), Forms.blankToNull(fields.getFirst("organisation")),
                Forms.blankToNull(fields.getFirst("role")), Forms.blankToNull(fields.getFirst("bio")),
                fields.getFirst("publicConsent") != null, Forms.blankToNull(fields.getFirst("email")),
                Forms.blankToNull(fields.getFirst("phone")), version);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static Response back(String slug, String done) {
        return Response.seeOther(URI.create("/organisation/" + slug + "/intervenants?ok=" + done)).build();
    }

    private Authoring.Speaker speaker(Dto.Congress congress, String speakerId) {
        Panel<List<Authoring.Speaker>> all = Calls.panel("programme", () -> authoring.speakers(congress.congressId()));
        if (!all.ok()) {
            throw new ServiceUnavailable("programme");
        }
        return all.dataOr(List.of()).stream().filter(s -> s.id().equals(speakerId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private TemplateInstance listPage(Dto.Congress congress, Kept kept, FormErrors errors, String done) {
        return Templates.speakers(visitor.page(visitor.words(AuthoringMsg.class).speakers_page(congress.title())),
                congress, Calls.panel("programme", () -> authoring.speakers(congress.congressId())), kept, errors,
                done).setLocale(visitor.locale());
    }

    private TemplateInstance editPage(Dto.Congress congress, Authoring.Speaker speaker, Kept kept, FormErrors errors) {
        return Templates.speaker(visitor.page(speaker.name() + " – " + congress.title()), congress, speaker, kept,
                errors).setLocale(visitor.locale());
    }
}
