package fr.assises.gateway.clients;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** evaluation-service's survey life after building: answering in steps, paper forms, a later closing. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "evaluation")
@Path("/api/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface SurveyLifeClient {

    /** The survey behind a link as the answers typed so far show it (conditions); nothing is saved. */
    @PublicCall
    @POST
    @Path("/survey/{token}/step")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Survey step(@PathParam("token") String token, @QueryParam("lang") String language, Dto.Answers answers);

    /** A paper form typed in: 201 {questionnaireId, channel, responseCount, message}. */
    @POST
    @Path("/questionnaires/{id}/paper-responses")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> paper(@PathParam("id") String id, Dto.Answers answers);

    /** ExtendRequest: closesAt, later than the current closing. */
    @POST
    @Path("/questionnaires/{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    Builder.Detail extend(@PathParam("id") String id, Map<String, Object> request);
}
