package fr.assises.gateway.web.organiser.editions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.Calls;
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
 * Next year's edition from a previous one: programme-service copies the chosen programme parts and announces the
 * clone; registration-, budget- and evaluation-service copy their own chosen parts on that event.
 */
@Path("/organisation/editions/cloner")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class CloneEditionPages {

    static final String FORM = "clone";

    @CheckedTemplate(basePath = "organiser/editions")
    static class Templates {
        static native TemplateInstance cloneEdition(Visitor.Page page, Panel<List<Dto.Congress>> congresses,
                String source, Kept kept, FormErrors errors, List<String> parts, List<String> chosen);
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @Inject
    @RestClient
    EditionsClient editions;

    @GET
    public TemplateInstance form(@QueryParam("source") String source) {
        return render(source, Kept.none(), FormErrors.none(), EditionFields.DEFAULT_PARTS);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cloneOf(MultivaluedMap<String, String> fields) {
        Kept kept = new Kept(FORM, fields);
        String source = Forms.blankToNull(fields.getFirst("source"));
        List<String> parts = fields.getOrDefault("parts", List.of()).stream().filter(EditionFields.PARTS::contains)
                .distinct().toList();
        LocalDate start = EditionFields.date(fields.getFirst("startDate"));
        Map<String, String> unreadable = new LinkedHashMap<>();
        if (source == null) {
            unreadable.put("source", visitor.words(EditionsMsg.class).source_expected());
        }
        if (start == null) {
            unreadable.put("startDate", visitor.words(EditionsMsg.class).date_expected());
        }
        if (!unreadable.isEmpty()) {
            return Forms.html(422, render(source, kept, new FormErrors(unreadable, null), parts));
        }
        try {
            Dto.CongressSetup created = editions.cloneOf(source, new EditionsClient.CloneRequest(
                    fields.getFirst("title"), Forms.blankToNull(fields.getFirst("slug")), start,
                    Forms.blankToNull(fields.getFirst("venue")), parts));
            return EditionFields.seeOther("/organisation/" + created.slug() + "?ok=cloned");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Forms.html(422, render(source, kept, new FormErrors(Map.of("source",
                        visitor.words(EditionsMsg.class).source_gone()), null), parts));
            }
            if (Forms.refused(e)) {
                return Forms.html(422, render(source, kept, EditionFields.refusal(e), parts));
            }
            throw new ServiceUnavailable("programme");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    private TemplateInstance render(String source, Kept kept, FormErrors errors, List<String> chosen) {
        return Templates.cloneEdition(visitor.page(visitor.words(EditionsMsg.class).clone_edition()),
                Calls.panel("programme", programme::allCongresses), source, kept, errors, EditionFields.PARTS, chosen)
                .setLocale(visitor.locale());
    }
}
