package fr.assises.gateway.web.survey;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import fr.assises.gateway.clients.CallerToken;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.PublicCall;

/** evaluation-service's ways to one's own personal link: by the poster's questionnaire, or by a mailed opener. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "evaluation")
@Path("/api/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface SurveyOpenClient {

    /** The caller's own fresh link to this questionnaire (their token: nobody else's link can be asked for). */
    @GET
    @Path("/questionnaires/{id}/my-survey")
    Dto.MySurvey mine(@PathParam("id") String questionnaireId);

    /** A mailed opener exchanged for a fresh link of its person; the opener is the credential. */
    @PublicCall
    @POST
    @Path("/survey-links/{code}")
    Dto.MySurvey open(@PathParam("code") String code);
}
