package fr.assises.gateway.web.participant;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.web.shared.ServiceUnavailable;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** My calendar feed's secret address: created, replaced by a new one (the old one stops working) or deleted. */
@Path("/espace/agenda")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class CalendarFeedPages {

    @Inject
    @RestClient
    ParticipantClient participant;

    @POST
    public Response create() {
        boolean existed;
        try {
            participant.calendarFeed();
            existed = true;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw new ServiceUnavailable("registration");
            }
            existed = false;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        try {
            participant.newCalendarFeed();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        return back(existed ? "feed-regenerated" : "feed-created");
    }

    @POST
    @Path("suppression")
    public Response revoke() {
        try {
            participant.revokeCalendarFeed();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw new ServiceUnavailable("registration");
            }
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        return back("feed-revoked");
    }

    private static Response back(String flash) {
        return Response.seeOther(URI.create("/espace?ok=" + flash + "#agenda")).build();
    }
}
