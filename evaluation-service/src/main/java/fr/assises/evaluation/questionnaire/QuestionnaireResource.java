package fr.assises.evaluation.questionnaire;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.CloneRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.ContextualQuestion;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.ContextualRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.CreateRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.PreviewRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.QuestionnaireView;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedSurvey;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.ScheduleRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.SectionRequest;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.UpdateRequest;

/** The questionnaire builder (organisers). */
@Path("/api/evaluation")
@RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
public class QuestionnaireResource {

    @Inject
    QuestionnaireService service;

    @GET
    @Path("contextual-questions")
    public List<ContextualQuestion> contextualQuestions() {
        return ContextualQuestions.all().entrySet().stream()
                .map(e -> new ContextualQuestion(e.getKey(), e.getValue())).toList();
    }

    @GET
    @Path("congresses/{congressId}/questionnaires")
    public List<QuestionnaireView> list(@PathParam("congressId") UUID congressId) {
        return service.ofCongress(congressId);
    }

    @POST
    @Path("questionnaires")
    public Response create(@Valid @NotNull CreateRequest request) {
        QuestionnaireView created = service.create(request);
        return Response.created(URI.create("/api/evaluation/questionnaires/" + created.id())).entity(created).build();
    }

    @GET
    @Path("questionnaires/{id}")
    public QuestionnaireView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("questionnaires/{id}")
    public QuestionnaireView update(@PathParam("id") UUID id, @Valid @NotNull UpdateRequest request) {
        return service.update(id, request);
    }

    @PUT
    @Path("questionnaires/{id}/schedule")
    public QuestionnaireView schedule(@PathParam("id") UUID id, @Valid @NotNull ScheduleRequest request) {
        return service.schedule(id, request);
    }

    @POST
    @Path("questionnaires/{id}/sections")
    public QuestionnaireView addSection(@PathParam("id") UUID id, @Valid @NotNull SectionRequest request) {
        return service.addSection(id, request);
    }

    @POST
    @Path("questionnaires/{id}/sections/{sectionId}/questions")
    public QuestionnaireView addQuestion(@PathParam("id") UUID id, @PathParam("sectionId") String sectionId,
            @Valid @NotNull Definition.Question question) {
        return service.addQuestion(id, sectionId, question);
    }

    @POST
    @Path("questionnaires/{id}/sections/{sectionId}/contextual-questions")
    public QuestionnaireView addContextual(@PathParam("id") UUID id, @PathParam("sectionId") String sectionId,
            @Valid @NotNull ContextualRequest request) {
        return service.addContextual(id, sectionId, request.key());
    }

    @DELETE
    @Path("questionnaires/{id}/questions/{questionId}")
    public QuestionnaireView removeQuestion(@PathParam("id") UUID id, @PathParam("questionId") String questionId) {
        return service.removeQuestion(id, questionId);
    }

    @POST
    @Path("questionnaires/{id}/publish")
    public QuestionnaireView publish(@PathParam("id") UUID id) {
        return service.publish(id);
    }

    @POST
    @Path("questionnaires/{id}/close")
    public QuestionnaireView close(@PathParam("id") UUID id) {
        return service.close(id);
    }

    @POST
    @Path("questionnaires/{id}/clone")
    public Response cloneOf(@PathParam("id") UUID id, @Valid @NotNull CloneRequest request) {
        QuestionnaireView created = service.cloneOf(id, request);
        return Response.created(URI.create("/api/evaluation/questionnaires/" + created.id())).entity(created).build();
    }

    @POST
    @Path("questionnaires/{id}/preview")
    public RenderedSurvey preview(@PathParam("id") UUID id, @Valid PreviewRequest request) {
        return service.preview(id, request);
    }
}
