package fr.assises.gateway.clients;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** budget-service as the pages see it. */
@RegisterProvider(CallerToken.class)
@RegisterRestClient(configKey = "budget")
@Path("/api/budget")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(3000)
public interface BudgetClient {

    /** The congress's current budget version: totals, account groups, funders, scenarios (no personal data). */
    @GET
    @Path("/congresses/{congressId}/budget")
    Dto.Budget ofCongress(@PathParam("congressId") String congressId);

    @PUT
    @Path("/budgets/{budgetId}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void updateLine(@PathParam("budgetId") String budgetId, @PathParam("lineId") String lineId, Dto.LineRequest line);
}
