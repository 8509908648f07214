package fr.assises.gateway.web.organiser.questionnaires;

import java.net.URI;
import java.util.LinkedHashMap;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.gateway.clients.Builder;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.SurveyLifeClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import fr.assises.gateway.web.survey.SurveyForm;
import fr.assises.gateway.web.survey.SurveyForm.Mode;
import fr.assises.gateway.web.survey.SurveyForm.Step;
import fr.assises.gateway.web.survey.SurveyForm.Typed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The respondent's form in the organisers' hands: the preview (the very form participants get, conditional
 * questions and session ratings included, rendered by evaluation-service's preview with every released session;
 * trying answers sends nothing) and paper questionnaires typed in (the same form, sent as a paper response). Both
 * come back in steps like the survey page when answers bring up or remove questions.
 */
@Path("/organisation/{slug}/questionnaires")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class SurveyFormPages {

    @CheckedTemplate(basePath = "organiser/questionnaires")
    static class Templates {
        static native TemplateInstance questionnaireForm(Visitor.Page page, Dto.Congress congress,
                Builder.Detail questionnaire, Mode mode, Dto.Survey survey, Typed typed, FormErrors errors,
                Step step, String notice);
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
    SurveyLifeClient life;

    @GET
    @Path("{id}/apercu")
    public TemplateInstance preview(@PathParam("slug") String slug, @PathParam("id") String id) {
        return page(slug, id, "preview", render(id, null), Typed.none(), FormErrors.none(), Step.none(), null);
    }

    /** Answers tried in the preview: the form comes back with the questions they call for; nothing is sent. */
    @POST
    @Path("{id}/apercu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance tryPreview(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        Dto.Survey stepped = render(id, SurveyForm.answers(render(id, null), fields));
        return page(slug, id, "preview", stepped, new Typed(fields), FormErrors.none(),
                Step.between(SurveyForm.shown(fields, stepped), SurveyForm.visible(stepped)), "tried");
    }

    @GET
    @Path("{id}/papier")
    public TemplateInstance paper(@PathParam("slug") String slug, @PathParam("id") String id,
            @QueryParam("ok") Integer count) {
        return page(slug, id, "paper", render(id, null), Typed.none(), FormErrors.none(), Step.none(),
                count == null ? null : String.valueOf(count));
    }

    /** A paper form sent as evaluation-service's paper response; its refusals next to the questions (422). */
    @POST
    @Path("{id}/papier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response typePaper(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        Map<String, JsonNode> typed = SurveyForm.answers(render(id, null), fields);
        Dto.Survey stepped = render(id, typed);
        Step step = Step.between(SurveyForm.shown(fields, stepped), SurveyForm.visible(stepped));
        if (step.changed()) {
            return Forms.html(200, page(slug, id, "paper", stepped, new Typed(fields), FormErrors.none(), step, null));
        }
        try {
            Map<String, Object> saved = life.paper(id, new Dto.Answers(SurveyForm.ofShown(stepped, typed)));
            return Response.seeOther(URI.create(BuilderPage.base(slug) + "/" + id + "/papier?ok="
                    + saved.get("responseCount"))).build();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 401 && status != 403) {
                return Forms.html(422, page(slug, id, "paper", stepped, new Typed(fields), FormErrors.from(e),
                        Step.none(), null));
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    /** evaluation-service's preview: every released session rated, visibility for {@code answers} (none: as new). */
    private Dto.Survey render(String id, Map<String, JsonNode> answers) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("language", visitor.language());
        if (answers != null) {
            request.put("answers", answers);
        }
        try {
            return evaluation.preview(id, request);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    private TemplateInstance page(String slug, String id, String mode, Dto.Survey survey, Typed typed,
            FormErrors errors, Step step, String notice) {
        Dto.Congress congress = congresses.bySlug(slug);
        Builder.Detail questionnaire = builder.load(id);
        String path = BuilderPage.base(slug) + "/" + id + ("paper".equals(mode) ? "/papier" : "/apercu");
        QuestionnaireMsg words = visitor.words(QuestionnaireMsg.class);
        String title = "paper".equals(mode) ? words.paper_page(questionnaire.title())
                : words.preview_page(questionnaire.title());
        return Templates.questionnaireForm(visitor.page(title), congress, questionnaire,
                new Mode(mode, path), survey, typed, errors, step, notice).setLocale(visitor.locale());
    }
}
