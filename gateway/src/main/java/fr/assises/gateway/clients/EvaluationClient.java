package fr.assises.gateway.clients;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** evaluation-service as the pages see it (organisers and partners: aggregates only). */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "evaluation")
@Path("/api/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface EvaluationClient {

    @GET
    @Path("/congresses/{congressId}/indicators")
    List<Dto.Indicator> indicators(@PathParam("congressId") String congressId);

    @GET
    @Path("/questionnaires/{id}/results")
    Dto.EvaluationResults results(@PathParam("id") String questionnaireId);

    /** How many checked-in participants have not answered, and the reminders sent: counts only. */
    @GET
    @Path("/questionnaires/{id}/reminders")
    Dto.ReminderStatus reminders(@PathParam("id") String questionnaireId);

    /** The service reminds whoever has not answered (at most once a day). */
    @POST
    @Path("/questionnaires/{id}/reminders")
    Dto.ReminderSent remind(@PathParam("id") String questionnaireId);

    @GET
    @Path("/congresses/{congressId}/my-survey")
    Dto.MySurvey mySurvey(@PathParam("congressId") String congressId);

    /** The survey behind a personal link; the token is its only credential. */
    @PublicCall
    @GET
    @Path("/survey/{token}")
    Dto.Survey survey(@PathParam("token") String token, @QueryParam("lang") String language);

    @PublicCall
    @PUT
    @Path("/survey/{token}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Submitted submit(@PathParam("token") String token, Dto.Answers answers);

    @GET
    @Path("/congresses/{congressId}/questionnaires")
    List<Dto.Questionnaire> questionnaires(@PathParam("congressId") String congressId);

    @GET
    @Path("/contextual-questions")
    List<Builder.Contextual> contextualQuestions();

    @GET
    @Path("/questionnaires/{id}")
    Builder.Detail questionnaire(@PathParam("id") String id);

    /** CreateRequest: congressId, title, definition (preamble, sections), opensAt, closesAt. */
    @POST
    @Path("/questionnaires")
    @Consumes(MediaType.APPLICATION_JSON)
    Builder.Detail create(Map<String, Object> request);

    @PUT
    @Path("/questionnaires/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    Builder.Detail schedule(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("/questionnaires/{id}/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    Builder.Detail addSection(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("/questionnaires/{id}/sections/{sectionId}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    Builder.Detail addQuestion(@PathParam("id") String id,
            @PathParam("sectionId") String sectionId, Map<String, Object> question);

    @POST
    @Path("/questionnaires/{id}/sections/{sectionId}/contextual-questions")
    @Consumes(MediaType.APPLICATION_JSON)
    Builder.Detail addContextual(@PathParam("id") String id,
            @PathParam("sectionId") String sectionId, Map<String, Object> request);

    @POST
    @Path("/questionnaires/{id}/publish")
    Builder.Detail publish(@PathParam("id") String id);

    @POST
    @Path("/questionnaires/{id}/close")
    Builder.Detail close(@PathParam("id") String id);

    /** The questionnaire exactly as stored, every member kept, to send its definition back changed in one place. */
    @GET
    @Path("/questionnaires/{id}")
    ObjectNode questionnaireJson(@PathParam("id") String id);

    /** Title and whole definition of a draft (UpdateRequest). */
    @PUT
    @Path("/questionnaires/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Builder.Detail update(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/questionnaires/{id}/questions/{questionId}")
    Builder.Detail removeQuestion(@PathParam("id") String id, @PathParam("questionId") String questionId);

    /** A draft copy in {@code congressId} (CloneRequest: congressId, title). */
    @POST
    @Path("/questionnaires/{id}/clone")
    @Consumes(MediaType.APPLICATION_JSON)
    Builder.Detail cloneOf(@PathParam("id") String id, Map<String, Object> request);

    @POST
    @Path("/questionnaires/{id}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Survey preview(@PathParam("id") String id, Map<String, Object> request);
}
