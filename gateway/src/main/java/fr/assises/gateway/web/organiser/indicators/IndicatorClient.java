package fr.assises.gateway.web.organiser.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.assises.gateway.clients.CallerToken;

/** evaluation-service's indicators (IndicatorResource) as the indicator pages use them; the caller's token goes with each call. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "evaluation")
@Path("/api/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface IndicatorClient {

    @GET
    @Path("/congresses/{congressId}/indicators")
    List<View> indicators(@PathParam("congressId") String congressId);

    @POST
    @Path("/congresses/{congressId}/indicators")
    View create(@PathParam("congressId") String congressId, Map<String, Object> request);

    @PUT
    @Path("/indicators/{id}")
    View update(@PathParam("id") String id, Map<String, Object> request);

    @PUT
    @Path("/indicators/{id}/value")
    View value(@PathParam("id") String id, Map<String, Object> request);

    @DELETE
    @Path("/indicators/{id}")
    void delete(@PathParam("id") String id);

    /** IndicatorView: the value from its source, its target and the service's status. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record View(String id, String congressId, String label, String source, BigDecimal target, String unit,
            BigDecimal value, String status, String explanation, String questionnaireId, String questionId,
            List<String> satisfiedValues, LocalDate dueDate, int position) {

        public boolean manual() {
            return "MANUAL".equals(source);
        }
    }
}
