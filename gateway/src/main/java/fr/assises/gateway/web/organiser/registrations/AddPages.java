package fr.assises.gateway.web.organiser.registrations;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The committee adds a registration by hand (a speaker, an invited official): registration-service creates it
 * and, in the same transaction, asks for the invitation e-mail that lets the person claim it with an account of
 * the same address, as for an import. The form carries an idempotency key, so a form sent twice adds one.
 */
@Path("/organisation/{slug}/inscriptions/nouvelle")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class AddPages {

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
    public TemplateInstance form(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return render(congress, choices.offer(congress, visitor.locale()), DeskForm.blank(),
                UUID.randomUUID().toString(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        DeskForm form = DeskForm.of(fields);
        DeskChoices.Offer offer = choices.offer(congress, visitor.locale());
        String key = Forms.blankToNull(fields.getFirst("key"));
        if (key == null || key.length() > 200) {
            key = UUID.randomUUID().toString();
        }
        String idempotencyKey = key;
        return Forms.submit("registration", () -> {
            DeskClient.Detail added = desk.add(congress.congressId(), idempotencyKey, new DeskClient.Added(
                    form.dayList(), List.copyOf(form.meals()), form.workshopChoices(), form.category(), form.person(),
                    form.language(), form.answerRequest(offer.questions())));
            return Response.seeOther(URI.create("/organisation/" + slug + "/inscriptions/" + added.id()
                    + "?ok=ajoutee")).build();
        }, errors -> render(congress, offer, form, idempotencyKey, errors));
    }

    private TemplateInstance render(Dto.Congress congress, DeskChoices.Offer offer, DeskForm form, String key,
            FormErrors errors) {
        return EditPages.Templates.editRegistration(visitor.page(visitor.words(DeskMsg.class).add_page(
                congress.title())), congress, null, offer, form, key, errors)
                .setLocale(visitor.locale());
    }
}
