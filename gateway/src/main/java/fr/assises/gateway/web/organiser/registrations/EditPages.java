package fr.assises.gateway.web.organiser.registrations;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The committee edits a registration: identity, category, days, workshops, meals, custom answers, all sent in one
 * change; registration-service's refusals next to the fields and nothing saved. After the catering freeze the
 * change is accepted and marked late (the detail page then lists its late changes).
 */
@Path("/organisation/{slug}/inscriptions/{id: [0-9a-fA-F-]{36}}/modifier")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class EditPages {

    @CheckedTemplate(basePath = "organiser/registrations")
    static class Templates {
        static native TemplateInstance editRegistration(Visitor.Page page, Dto.Congress congress,
                DeskClient.Detail r, DeskChoices.Offer offer, DeskForm form, String key, FormErrors errors);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    DeskChoices choices;

    @Inject
    @RestClient
    DeskClient desk;

    @GET
    public TemplateInstance form(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        DeskClient.Detail r = load(congress, id);
        return page(congress, r, DeskForm.of(r), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        DeskClient.Detail r = load(congress, id);
        DeskForm form = DeskForm.of(fields);
        DeskChoices.Offer offer = choices.offer(congress, visitor.locale());
        return Forms.submit("registration", () -> {
            desk.change(id, new DeskClient.Change(form.dayList(), java.util.List.copyOf(form.meals()),
                    form.workshopChoices(), form.person(), form.language(), form.category(),
                    form.answerRequest(offer.questions())));
            return Response.seeOther(URI.create("/organisation/" + slug + "/inscriptions/" + id + "?ok=modifiee"))
                    .build();
        }, errors -> render(congress, r, offer, form, errors));
    }

    private DeskClient.Detail load(Dto.Congress congress, String id) {
        DeskClient.Detail r;
        try {
            r = desk.get(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        if (!congress.congressId().equals(r.congressId()) || r.anonymised() || "CANCELLED".equals(r.status())) {
            throw new NotFoundException();
        }
        return r;
    }

    private TemplateInstance page(Dto.Congress congress, DeskClient.Detail r, DeskForm form, FormErrors errors) {
        return render(congress, r, choices.offer(congress, visitor.locale()), form, errors);
    }

    private TemplateInstance render(Dto.Congress congress, DeskClient.Detail r, DeskChoices.Offer offer,
            DeskForm form, FormErrors errors) {
        String name = r.personOrEmpty().firstName() + " " + r.personOrEmpty().lastName();
        return Templates.editRegistration(visitor.page(visitor.words(DeskMsg.class).edit_page(name,
                congress.title())), congress, r, offer, form, null, errors)
                .setLocale(visitor.locale());
    }
}
