package fr.assises.gateway.web.survey;

import java.util.Map;

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

import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.SurveyLifeClient;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import fr.assises.gateway.web.survey.SurveyForm.Mode;
import fr.assises.gateway.web.survey.SurveyForm.Step;
import fr.assises.gateway.web.survey.SurveyForm.Typed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.Context;

/**
 * The satisfaction survey as a page. The personal link's token is the only credential (a QR code scanned on a
 * phone works without logging in); a logged-in participant reaches it from their space
 * ({@code /espace/enquete/{slug}}). The answers are sent to evaluation-service as it expects them, and its
 * refusals are shown next to the questions. Conditional questions: {@code static/survey.js} shows and hides them
 * as one answers; without it, sending the form first brings it back with the questions the answers now call for
 * (evaluation-service says which), answers kept, and only a form whose questions did not change is sent.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class SurveyPages {

    @CheckedTemplate(basePath = "survey")
    static class Templates {
        static native TemplateInstance survey(Visitor.Page page, Mode mode, Dto.Survey survey, Typed typed,
                FormErrors errors, String done, Step step);
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @Inject
    @RestClient
    SurveyLifeClient steps;

    @GET
    @Path("enquete/{token}")
    public TemplateInstance survey(@PathParam("token") String token) {
        Dto.Survey survey = load(token);
        return render(token, survey, SurveyForm.fields(survey), FormErrors.none(), null, Step.none());
    }

    @POST
    @Path("enquete/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token, MultivaluedMap<String, String> fields) {
        Dto.Survey survey = load(token);
        Map<String, JsonNode> typed = SurveyForm.answers(survey, fields);
        Dto.Survey stepped = call(() -> steps.step(token, visitor.language(), new Dto.Answers(typed)));
        Step step = Step.between(SurveyForm.shown(fields, survey), SurveyForm.visible(stepped));
        if (step.changed()) {
            return Forms.html(200, render(token, stepped, new Typed(fields), FormErrors.none(), null, step));
        }
        try {
            Dto.Submitted submitted = evaluation.submit(token, new Dto.Answers(SurveyForm.ofShown(stepped, typed)));
            return Forms.html(200, render(token, stepped, Typed.none(), FormErrors.none(), submitted.message(),
                    Step.none()));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                return Forms.html(422, render(token, stepped, new Typed(fields), FormErrors.from(e), null, Step.none()));
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    private Dto.Survey load(String token) {
        return call(() -> evaluation.survey(token, visitor.language()));
    }

    private static Dto.Survey call(java.util.function.Supplier<Dto.Survey> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    private TemplateInstance render(String token, Dto.Survey survey, Typed typed, FormErrors errors, String done,
            Step step) {
        // a survey page works without logging in; a participant who is logged in still sees their own navigation
        Visitor.Page page = Context.isOnEventLoopThread() ? visitor.anonymousPage(survey.title())
                : visitor.page(survey.title());
        return Templates.survey(page, new Mode("respond", "/enquete/" + token),
                survey, typed, errors, done, step).setLocale(visitor.locale());
    }
}
