package fr.assises.gateway.web.organiser.programme;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** programme-service's authoring API (sessions, speakers, themes, releases, room advice) with the caller's token. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "programme")
@Path("/api/programme")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface AuthoringClient {

    @POST
    @Path("/congresses/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    void createSession(@PathParam("id") String congressId, Dto.SessionRequest request);

    @PUT
    @Path("/congresses/{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void updateSession(@PathParam("id") String congressId, @PathParam("sessionId") String sessionId,
            Dto.SessionRequest request);

    @POST
    @Path("/congresses/{id}/sessions/{sessionId}/cancel")
    void cancelSession(@PathParam("id") String congressId, @PathParam("sessionId") String sessionId);

    /** Refused (409) once the session was in a release: it can only be cancelled. */
    @DELETE
    @Path("/congresses/{id}/sessions/{sessionId}")
    void deleteSession(@PathParam("id") String congressId, @PathParam("sessionId") String sessionId);

    @GET
    @Path("/congresses/{id}/speakers")
    List<Authoring.Speaker> speakers(@PathParam("id") String congressId);

    @POST
    @Path("/congresses/{id}/speakers")
    @Consumes(MediaType.APPLICATION_JSON)
    void createSpeaker(@PathParam("id") String congressId, Authoring.SpeakerRequest request);

    @PUT
    @Path("/congresses/{id}/speakers/{speakerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void updateSpeaker(@PathParam("id") String congressId, @PathParam("speakerId") String speakerId,
            Authoring.SpeakerRequest request);

    @DELETE
    @Path("/congresses/{id}/speakers/{speakerId}")
    void deleteSpeaker(@PathParam("id") String congressId, @PathParam("speakerId") String speakerId);

    @GET
    @Path("/congresses/{id}/themes")
    List<Authoring.Theme> themes(@PathParam("id") String congressId);

    @POST
    @Path("/congresses/{id}/themes")
    @Consumes(MediaType.APPLICATION_JSON)
    void createTheme(@PathParam("id") String congressId, Authoring.ThemeRequest request);

    @PUT
    @Path("/congresses/{id}/themes/{themeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void updateTheme(@PathParam("id") String congressId, @PathParam("themeId") String themeId,
            Authoring.ThemeRequest request);

    @DELETE
    @Path("/congresses/{id}/themes/{themeId}")
    void deleteTheme(@PathParam("id") String congressId, @PathParam("themeId") String themeId);

    @GET
    @Path("/congresses/{id}/releases")
    List<Authoring.Release> releases(@PathParam("id") String congressId);

    @GET
    @Path("/congresses/{id}/releases/preview")
    Authoring.Preview preview(@PathParam("id") String congressId);

    @POST
    @Path("/congresses/{id}/releases")
    void publish(@PathParam("id") String congressId);

    @GET
    @Path("/congresses/{id}/attendance")
    Authoring.Advice advice(@PathParam("id") String congressId);

    @POST
    @Path("/congresses/{id}/attendance/room-swaps")
    @Consumes(MediaType.APPLICATION_JSON)
    void applySwap(@PathParam("id") String congressId, Authoring.ApplySwap request);

    /** The releases anyone reads, newest first, each with its changelog. */
    @PublicCall
    @GET
    @Path("/public/congresses/{slug}/releases")
    List<Authoring.Release> publicReleases(@PathParam("slug") String slug);
}
