package fr.assises.gateway.web.organiser.checkin;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.assises.gateway.clients.CallerToken;

/**
 * How registration-service cuts a congress's badges into files (CheckinResource.badgeBatches): each batch is
 * {@code badges.pdf?batch=N}, a few seconds of work instead of one file of the whole congress.
 */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "registration")
@Path("/api/registration/congresses/{congressId}/manage")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface BadgeClient {

    @GET
    @Path("/badge-batches")
    Batches batches(@PathParam("congressId") String congressId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Batches(int size, int total, List<Batch> batches) {
    }

    /** People {@code from} to {@code to} in name order, whose last names start and end the file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Batch(int number, int from, int to, String firstLastName, String lastLastName) {
    }
}
