package fr.assises.gateway.clients;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** programme-service as the pages see it; {@code auth} is the caller's {@code Authorization} header or null. */
@RegisterRestClient(configKey = "programme")
@Path("/api/programme")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface ProgrammeClient {

    @GET
    @Path("/public/congresses")
    List<Dto.Congress> congresses();

    @GET
    @Path("/public/congresses/{slug}")
    Dto.Congress congress(@PathParam("slug") String slug);

    /** The published programme: a list of sessions, or an object holding them (read by {@link Programmes}). */
    @GET
    @Path("/public/congresses/{slug}/programme")
    JsonNode programme(@PathParam("slug") String slug, @QueryParam("theme") String theme,
            @QueryParam("room") String room, @QueryParam("kind") String kind);

    @GET
    @Path("/congresses/{id}/sessions")
    List<Dto.Session> sessions(@HeaderParam("Authorization") String auth, @PathParam("id") String congressId);

    @GET
    @Path("/congresses/{id}/conflicts")
    JsonNode conflicts(@HeaderParam("Authorization") String auth, @PathParam("id") String congressId);

    @PATCH
    @Path("/congresses/{id}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Session move(@HeaderParam("Authorization") String auth, @PathParam("id") String congressId,
            @PathParam("sessionId") String sessionId, Dto.SessionMove move);
}
