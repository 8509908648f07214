package fr.assises.gateway.clients;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evaluation-service as the pages see it (organisers and partners: aggregates only). */
@RegisterRestClient(configKey = "evaluation")
@Path("/api/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface EvaluationClient {

    @GET
    @Path("/congresses/{congressId}/indicators")
    List<Dto.Indicator> indicators(@HeaderParam("Authorization") String auth, @PathParam("congressId") String congressId);

    @GET
    @Path("/questionnaires/{id}/results")
    Dto.EvaluationResults results(@HeaderParam("Authorization") String auth, @PathParam("id") String questionnaireId);

    @GET
    @Path("/congresses/{congressId}/my-survey")
    Dto.MySurvey mySurvey(@HeaderParam("Authorization") String auth, @PathParam("congressId") String congressId);

    /** The survey behind a personal link; the token is its only credential. */
    @GET
    @Path("/survey/{token}")
    Dto.Survey survey(@PathParam("token") String token, @QueryParam("lang") String language);

    @PUT
    @Path("/survey/{token}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Submitted submit(@PathParam("token") String token, Dto.Answers answers);

    @GET
    @Path("/congresses/{congressId}/questionnaires")
    List<Dto.Questionnaire> questionnaires(@HeaderParam("Authorization") String auth,
            @PathParam("congressId") String congressId);
}
