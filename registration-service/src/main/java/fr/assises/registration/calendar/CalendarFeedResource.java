package fr.assises.registration.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.common.security.Roles;

/** My calendar feed's address (mine only: the token's subject), and the feed itself for whoever holds it. */
@Path("/api/registration")
public class CalendarFeedResource {

    static final String CALENDAR = "text/calendar";

    @Inject
    CalendarFeeds feeds;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("me/calendar-feed")
    @RolesAllowed(Roles.PARTICIPANT)
    @Produces(MediaType.APPLICATION_JSON)
    public CalendarFeedView mine() {
        return feeds.mine(jwt.getSubject());
    }

    /** Creates my feed's address, or replaces it: the previous address answers 404 from now on. */
    @POST
    @Path("me/calendar-feed")
    @RolesAllowed(Roles.PARTICIPANT)
    @Produces(MediaType.APPLICATION_JSON)
    public Response renew() {
        return Response.status(201).entity(feeds.renew(jwt.getSubject())).build();
    }

    @DELETE
    @Path("me/calendar-feed")
    @RolesAllowed(Roles.PARTICIPANT)
    public Response revoke() {
        feeds.revoke(jwt.getSubject());
        return Response.noContent().build();
    }

    /** The feed, for calendar programs that cannot log in: the secret address is the credential. */
    @GET
    @Path("calendar/{token}.ics")
    @PermitAll
    @Produces({ CALENDAR, MediaType.APPLICATION_JSON })
    public Response calendar(@PathParam("token") String token) {
        return Response.ok(feeds.calendar(token), CALENDAR + "; charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .header("Content-Disposition", "inline; filename=\"assises.ics\"")
                .build();
    }
}
