package fr.assises.evaluation.survey;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.ResponseStatus;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.questionnaire.QuestionnaireDtos.RenderedSurvey;
import fr.assises.evaluation.survey.SurveyDtos.AnswersRequest;
import fr.assises.evaluation.survey.SurveyDtos.MySurvey;
import fr.assises.evaluation.survey.SurveyDtos.PaperSubmitted;
import fr.assises.evaluation.survey.SurveyDtos.Submitted;

/**
 * The participants' side. The personal link's token is the credential of the survey pages, so a QR code scanned
 * on a phone works without signing in; only minting a link needs the participant's own token. Nothing that
 * carries a link or answers may be cached.
 */
@Path("/api/evaluation")
public class SurveyResource {

    @Inject
    SurveyService service;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("congresses/{congressId}/my-survey")
    @RolesAllowed(Roles.PARTICIPANT)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public MySurvey mySurvey(@PathParam("congressId") UUID congressId) {
        return service.mySurvey(congressId, jwt.getSubject());
    }

    /** The caller's own link to one published questionnaire (the room poster's QR code leads there). */
    @GET
    @Path("questionnaires/{id}/my-survey")
    @RolesAllowed(Roles.PARTICIPANT)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public MySurvey myQuestionnaireSurvey(@PathParam("id") UUID id) {
        return service.mySurveyOf(id, jwt.getSubject());
    }

    @GET
    @Path("survey/{token}")
    @PermitAll
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public RenderedSurvey survey(@PathParam("token") String token,
            @QueryParam("lang") @Pattern(regexp = "fr|en") String language) {
        return service.survey(token, language);
    }

    @PUT
    @Path("survey/{token}/response")
    @PermitAll
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public Submitted submit(@PathParam("token") String token, @Valid @NotNull AnswersRequest request) {
        return service.submit(token, request.answers());
    }

    @GET
    @Path("survey/{token}/qr.png")
    @Produces("image/png")
    @PermitAll
    public Response qrPng(@PathParam("token") String token) {
        return Response.ok(QrCodes.png(service.linkOf(token))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("survey/{token}/qr.svg")
    @Produces("image/svg+xml")
    @PermitAll
    public Response qrSvg(@PathParam("token") String token) {
        return Response.ok(QrCodes.svg(service.linkOf(token))).header("Cache-Control", "no-store").build();
    }

    /** A paper form typed in by an organiser; whoever typed it is not recorded with the response. */
    @POST
    @Path("questionnaires/{id}/paper-responses")
    @RolesAllowed({ Roles.ORGANISER, Roles.ADMIN })
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Réponse papier enregistrée",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaperSubmitted.class)))
    public PaperSubmitted submitPaper(@PathParam("id") UUID id, @Valid @NotNull AnswersRequest request) {
        return service.submitPaper(id, request.answers());
    }
}
