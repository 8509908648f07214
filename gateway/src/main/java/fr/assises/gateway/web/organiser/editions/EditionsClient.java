package fr.assises.gateway.web.organiser.editions;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import fr.assises.gateway.clients.CallerToken;
import fr.assises.gateway.clients.Dto;

/**
 * programme-service's edition operations (CongressResource): create, clone, change of status; the caller's token
 * goes with each.
 */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "programme")
@Path("/api/programme/congresses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(5000)
public interface EditionsClient {

    /** Changed&lt;CongressView&gt;: the congress's fields at the root (unwrapped), its conflicts beside them. */
    @POST
    Dto.CongressSetup create(Dto.CongressRequest request);

    @POST
    @Path("/{id}/clone")
    Dto.CongressSetup cloneOf(@PathParam("id") String sourceId, CloneRequest request);

    @POST
    @Path("/{id}/status")
    Dto.CongressSetup changeStatus(@PathParam("id") String congressId, StatusRequest request);

    /** CloneRequest: the parts are PROGRAMME, ROOMS, THEMES, SPEAKERS, REGISTRATION, BUDGET, EVALUATION. */
    record CloneRequest(String title, String slug, LocalDate startDate, String venue, List<String> parts) {
    }

    record StatusRequest(String status, Long version) {
    }
}
