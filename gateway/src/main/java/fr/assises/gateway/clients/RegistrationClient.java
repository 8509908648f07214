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
 * registration-service as the pages see it; the caller's token goes with each call but the public
 * ones ({@link CallerToken}).
 */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface RegistrationClient {

    @PublicCall
    @GET
    @Path("/congresses/{congressId}/availability")
    Dto.Availability availability(@PathParam("congressId") String congressId);

    @PublicCall
    @GET
    @Path("/congresses/{congressId}/settings")
    Dto.RegistrationSettings settings(@PathParam("congressId") String congressId);

    @POST
    @Path("/congresses/{congressId}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Registration register(@PathParam("congressId") String congressId, Dto.RegistrationRequest request);

    @GET
    @Path("/me/registrations")
    List<Dto.Registration> mine();

    @PUT
    @Path("/me/registrations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.Registration change(@PathParam("id") String registrationId, Dto.ChangeRequest request);

    @DELETE
    @Path("/me/registrations/{id}")
    Dto.Registration cancel(@PathParam("id") String registrationId);

    /** Takes the place a waiting list offered, before the offer expires. */
    @POST
    @Path("/me/registrations/{id}/accept-offer")
    Dto.Registration acceptOffer(@PathParam("id") String registrationId);

    /**
     * The organisers' search; {@code q} matches names, e-mail and organisation; {@code question} and {@code answer}
     * keep those who gave that answer (a choice's code, or true/false) to that custom question.
     */
    @GET
    @Path("/congresses/{congressId}/manage/registrations")
    Dto.RegistrationPage search(@PathParam("congressId") String congressId,
            @QueryParam("q") String text, @QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("question") String question, @QueryParam("answer") String answer,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/congresses/{congressId}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    Dto.CheckinResult checkIn(@PathParam("congressId") String congressId, Dto.CheckinRequest request);

    @GET
    @Path("/congresses/{congressId}/check-ins/counts")
    Dto.ArrivalCounts arrivals(@PathParam("congressId") String congressId);

    /** Takes over the registrations the committee made for my verified e-mail (by hand or by import). */
    @POST
    @Path("/me/claims")
    Dto.Claimed claim();
}
