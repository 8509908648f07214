package fr.assises.gateway.clients;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** registration-service as the pages see it. */
@RegisterRestClient(configKey = "registration")
@Path("/api/registration")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface RegistrationClient {

    @GET
    @Path("/congresses/{congressId}/availability")
    Dto.Availability availability(@PathParam("congressId") String congressId);

    @POST
    @Path("/congresses/{congressId}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Registration register(@HeaderParam("Authorization") String auth, @PathParam("congressId") String congressId,
            Dto.RegistrationRequest request);

    @PUT
    @Path("/registrations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Registration change(@HeaderParam("Authorization") String auth, @PathParam("id") String registrationId,
            Dto.RegistrationRequest request);

    @DELETE
    @Path("/registrations/{id}")
    void cancel(@HeaderParam("Authorization") String auth, @PathParam("id") String registrationId);

    @GET
    @Path("/me/registrations")
    List<Dto.Registration> mine(@HeaderParam("Authorization") String auth);

    @GET
    @Path("/congresses/{congressId}/registrations")
    List<Dto.RegistrationRow> list(@HeaderParam("Authorization") String auth,
            @PathParam("congressId") String congressId, @QueryParam("q") String query,
            @QueryParam("status") String status, @QueryParam("category") String category);

    @GET
    @Path("/congresses/{congressId}/stats")
    Dto.RegistrationStats stats(@HeaderParam("Authorization") String auth, @PathParam("congressId") String congressId);

    @POST
    @Path("/checkin")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.CheckIn checkIn(@HeaderParam("Authorization") String auth, Dto.CheckInRequest request);
}
