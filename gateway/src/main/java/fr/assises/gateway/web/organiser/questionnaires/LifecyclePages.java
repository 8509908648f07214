package fr.assises.gateway.web.organiser.questionnaires;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

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

import fr.assises.gateway.clients.Builder;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.SurveyLifeClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A questionnaire's life after it is built: publishing and closing now each ask first on a page that says what
 * changes (so it holds without JavaScript), then send the builder's one call; an open questionnaire's closing is
 * moved later (evaluation-service refuses an earlier or unreadable date, next to the field).
 */
@Path("/organisation/{slug}/questionnaires")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class LifecyclePages {

    @CheckedTemplate(basePath = "organiser/questionnaires")
    static class Templates {
        static native TemplateInstance questionnaireConfirm(Visitor.Page page, Dto.Congress congress,
                Builder.Detail questionnaire, String action);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    BuilderPage builder;

    @Inject
    @RestClient
    SurveyLifeClient life;

    @GET
    @Path("{id}/publication")
    public TemplateInstance publishConfirm(@PathParam("slug") String slug, @PathParam("id") String id) {
        return confirm(slug, id, "publish", QuestionnaireMsg::publish_page);
    }

    @GET
    @Path("{id}/cloture")
    public TemplateInstance closeConfirm(@PathParam("slug") String slug, @PathParam("id") String id) {
        return confirm(slug, id, "close", QuestionnaireMsg::close_page);
    }

    private TemplateInstance confirm(String slug, String id, String action,
            BiFunction<QuestionnaireMsg, String, String> title) {
        Dto.Congress congress = congresses.bySlug(slug);
        Builder.Detail questionnaire = builder.load(id);
        String words = title.apply(visitor.words(QuestionnaireMsg.class), questionnaire.title());
        return Templates.questionnaireConfirm(visitor.page(words), congress, questionnaire,
                action).setLocale(visitor.locale());
    }

    /** The closing moved later; the date typed is kept and the refusal shown next to it. */
    @POST
    @Path("{id}/prolongation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extend(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return builder.act(slug, id, "extend", fields, () -> {
            Map<String, Object> request = new LinkedHashMap<>();
            builder.putDate(request, "closesAt", fields, "extend");
            if (!request.containsKey("closesAt")) {
                throw new Unreadable(new FormErrors(Map.of("extend-closesAt",
                        visitor.words(QuestionnaireMsg.class).closing_date_expected()), null));
            }
            life.extend(id, request);
        }, "extended");
    }
}
