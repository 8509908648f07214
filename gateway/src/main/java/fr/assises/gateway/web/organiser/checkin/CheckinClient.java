package fr.assises.gateway.web.organiser.checkin;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.assises.gateway.clients.CallerToken;

/** registration-service's check-in points (CheckinResource) as the desk sees them, with the caller's token. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration/congresses/{congressId}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface CheckinClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Result checkIn(@PathParam("congressId") String congressId, Request request);

    @GET
    @Path("/points")
    List<Point> points(@PathParam("congressId") String congressId);

    /** {@code checkpoint}: ENTRANCE or a workshop's or meal's session id. */
    record Request(String token, String checkpoint) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(String registrationId, String name, String organisation, String category, String checkpoint,
            OffsetDateTime checkedInAt, boolean alreadyCheckedIn, boolean expected, String message) {
    }

    /** A check-in point and its counts (the service's PointCounts). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Point(String checkpoint, String kind, String sessionId, String title, OffsetDateTime startAt,
            String roomName, long expected, long arrived, long unexpected, long noShows) {

        public boolean entrance() {
            return sessionId == null;
        }
    }
}
