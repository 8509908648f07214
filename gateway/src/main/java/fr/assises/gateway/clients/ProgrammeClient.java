package fr.assises.gateway.clients;

import java.util.List;

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

/**
 * programme-service as the pages see it; the caller's token goes with each call but the public
 * ones ({@link CallerToken}).
 */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "programme")
@Path("/api/programme")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface ProgrammeClient {

    @PublicCall
    @GET
    @Path("/public/congresses")
    List<Dto.Congress> congresses();

    /** Every edition, drafts and archived ones included (organisers). */
    @GET
    @Path("/congresses")
    List<Dto.Congress> allCongresses();

    @PublicCall
    @GET
    @Path("/public/congresses/{slug}")
    Dto.Congress congress(@PathParam("slug") String slug);

    /** The latest released programme; the filters are a theme code, a room id and a session kind. */
    @PublicCall
    @GET
    @Path("/public/congresses/{slug}/programme")
    Dto.PublicProgramme programme(@PathParam("slug") String slug, @QueryParam("theme") String theme,
            @QueryParam("room") String room, @QueryParam("kind") String kind);

    /** Expected attendance and fill rate of each session (counts only; organisers and partners). */
    @GET
    @Path("/congresses/{id}/attendance")
    Dto.Attendance attendance(@PathParam("id") String congressId);

    /** Conflicts of the whole programme, draft included (organisers). */
    @GET
    @Path("/congresses/{id}/conflicts")
    List<Dto.Conflict> conflicts(@PathParam("id") String congressId);

    @GET
    @Path("/congresses/{id}/rooms")
    List<Dto.Room> rooms(@PathParam("id") String congressId);

    /** The draft programme (organisers). */
    @GET
    @Path("/congresses/{id}/sessions")
    List<Dto.PlannedSession> sessions(@PathParam("id") String congressId);

    @GET
    @Path("/congresses/{id}/sessions/{sessionId}")
    Dto.PlannedSession session(@PathParam("id") String congressId, @PathParam("sessionId") String sessionId);

    @PUT
    @Path("/congresses/{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void update(@PathParam("id") String congressId,
            @PathParam("sessionId") String sessionId, Dto.SessionRequest request);

    @GET
    @Path("/congresses/{id}")
    Dto.CongressSetup setup(@PathParam("id") String congressId);

    /** The rooms with their versions, as the set-up page edits them. */
    @GET
    @Path("/congresses/{id}/rooms")
    List<Dto.RoomSetup> roomSetups(@PathParam("id") String congressId);

    @POST
    @Path("/congresses/{id}/rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    void createRoom(@PathParam("id") String congressId, Dto.RoomRequest request);

    @PUT
    @Path("/congresses/{id}/rooms/{roomId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void updateRoom(@PathParam("id") String congressId, @PathParam("roomId") String roomId, Dto.RoomRequest request);

    /** Refused (409) while a session of the draft is in the room. */
    @DELETE
    @Path("/congresses/{id}/rooms/{roomId}")
    void deleteRoom(@PathParam("id") String congressId, @PathParam("roomId") String roomId);

    @PUT
    @Path("/congresses/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    void updateCongress(@PathParam("id") String congressId, Dto.CongressRequest request);
}
