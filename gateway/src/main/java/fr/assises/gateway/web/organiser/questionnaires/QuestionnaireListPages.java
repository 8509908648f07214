package fr.assises.gateway.web.organiser.questionnaires;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Builder;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The congress's questionnaires, and the two ways to start one: a new one (title, preamble, dates), or a draft copy
 * of a questionnaire of any edition. Both then open its builder ({@link QuestionnaireBuilderPages}).
 */
@Path("/organisation/{slug}/questionnaires")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class QuestionnaireListPages {

    @CheckedTemplate(basePath = "organiser/questionnaires")
    static class Templates {
        static native TemplateInstance questionnaires(Visitor.Page page, Dto.Congress congress,
                Panel<List<Dto.Questionnaire>> list, List<Sources> sources, Typed typed, FormErrors errors);
    }

    /** The questionnaires of one congress, offered as sources to clone from. */
    public record Sources(Dto.Congress congress, List<Dto.Questionnaire> questionnaires) {
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    BuilderPage builder;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @GET
    public TemplateInstance list(@PathParam("slug") String slug) {
        return listPage(congresses.bySlug(slug), Typed.none(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Typed typed = new Typed("create", fields);
        Builder.Detail created;
        try {
            Map<String, Object> preamble = new LinkedHashMap<>();
            for (String part : List.of("purpose", "use", "anonymity")) {
                String text = Forms.blankToNull(fields.getFirst(part));
                if (text != null) {
                    preamble.put(part, Map.of("fr", text.trim()));
                }
            }
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("congressId", congress.congressId());
            request.put("title", fields.getFirst("title") == null ? "" : fields.getFirst("title").trim());
            request.put("definition", Map.of("preamble", preamble, "sections", List.of()));
            builder.putDate(request, "opensAt", fields, "create");
            builder.putDate(request, "closesAt", fields, "create");
            created = evaluation.create(request);
        } catch (Unreadable e) {
            return Forms.html(422, listPage(congress, typed, e.errors));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500 || status == 401 || status == 403) {
                throw new ServiceUnavailable("evaluation");
            }
            return Forms.html(422, listPage(congress, typed, BuilderFields.refusal(e, "create")));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
        return Response.seeOther(URI.create(BuilderPage.base(slug) + "/" + created.id() + "?ok=created")).build();
    }

    /** A draft copy of a questionnaire of any edition (the archived one, or this congress's) in this congress. */
    @POST
    @Path("clonage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cloneInto(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Typed typed = new Typed("clone", fields);
        String source = Forms.blankToNull(fields.getFirst("source"));
        if (source == null) {
            return Forms.html(422, listPage(congress, typed, new FormErrors(Map.of("clone-source",
                    visitor.words(QuestionnaireMsg.class).clone_source_expected()), null)));
        }
        try {
            Builder.Detail copy = builder.cloned(source, congress, fields.getFirst("title"));
            return Response.seeOther(URI.create(BuilderPage.base(slug) + "/" + copy.id() + "?ok=cloned")).build();
        } catch (WebApplicationException e) {
            return Forms.html(422, listPage(congress, typed, BuilderPage.cloneRefusal(e, "clone-source")));
        }
    }

    private TemplateInstance listPage(Dto.Congress congress, Typed typed, FormErrors errors) {
        Panel<List<Dto.Questionnaire>> list = Calls.panel("evaluation",
                () -> evaluation.questionnaires(congress.congressId()));
        return Templates.questionnaires(visitor.page("Questionnaires – " + congress.title()), congress, list,
                sources(congress, list), typed, errors).setLocale(visitor.locale());
    }

    /**
     * Questionnaires to clone from: this congress's first, then every other edition's (archived included) that
     * evaluation-service knows; an edition it does not know, or programme-service down, only narrows the choice.
     */
    private List<Sources> sources(Dto.Congress congress, Panel<List<Dto.Questionnaire>> own) {
        List<Sources> sources = new ArrayList<>();
        if (!own.dataOr(List.of()).isEmpty()) {
            sources.add(new Sources(congress, own.data()));
        }
        for (Dto.Congress other : Calls.panel("programme", () -> programme.allCongresses()).dataOr(List.of())) {
            if (other.congressId().equals(congress.congressId())) {
                continue;
            }
            List<Dto.Questionnaire> theirs = Calls.panel("evaluation",
                    () -> evaluation.questionnaires(other.congressId())).dataOr(List.of());
            if (!theirs.isEmpty()) {
                sources.add(new Sources(other, theirs));
            }
        }
        return sources;
    }
}
