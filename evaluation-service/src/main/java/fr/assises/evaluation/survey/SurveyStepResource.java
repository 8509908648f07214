package fr.assises.evaluation.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.ResponseHeader;

import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedSurvey;
import fr.assises.evaluation.survey.SurveyDtos.AnswersRequest;

/**
 * The survey as it stands while someone answers: which questions their answers so far call for (conditions), so a
 * page without JavaScript can show them in steps. Nothing is checked against the rules of an answer and nothing is
 * saved; the link is the credential, as for the survey itself.
 */
@Path("/api/evaluation")
public class SurveyStepResource {

    @Inject
    SurveyService service;

    @POST
    @Path("survey/{token}/step")
    @PermitAll
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public RenderedSurvey step(@PathParam("token") String token,
            @QueryParam("lang") @Pattern(regexp = "fr|en") String language, @Valid @NotNull AnswersRequest request) {
        return service.survey(token, language, request.answers());
    }
}
