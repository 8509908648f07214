package fr.assises.gateway.web.participant;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.ws.rs.DELETE;
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
import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.gateway.clients.CallerToken;

/** registration-service's calls for a participant's own data and calendar feed, with the caller's token. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration/me")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface ParticipantClient {

    /** Everything the service holds about one of my registrations (the RGPD download). */
    @GET
    @Path("/registrations/{id}/personal-data")
    JsonNode personalData(@PathParam("id") String registrationId);

    /** Erasure: the registration cancelled and its personal fields blanked. */
    @DELETE
    @Path("/registrations/{id}/personal-data")
    void erase(@PathParam("id") String registrationId);

    /** Whether my attendance certificate can be downloaded now, and if not why in words. */
    @GET
    @Path("/registrations/{id}/certificate")
    CertificateStatus certificate(@PathParam("id") String registrationId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CertificateStatus(boolean available, String code, String reason, LocalDate availableFrom) {
    }

    @GET
    @Path("/calendar-feed")
    CalendarFeed calendarFeed();

    /** A new secret address; any previous one stops working. */
    @POST
    @Path("/calendar-feed")
    CalendarFeed newCalendarFeed();

    @DELETE
    @Path("/calendar-feed")
    void revokeCalendarFeed();

    /** My calendar feed: its path on the API (through the gateway's proxy) holds the secret. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CalendarFeed(String path, OffsetDateTime createdAt) {
    }
}
